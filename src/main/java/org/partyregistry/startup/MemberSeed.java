package org.partyregistry.startup;

import static org.partyregistry.startup.SeedLoader.date;
import static org.partyregistry.startup.SeedLoader.refused;
import static org.partyregistry.startup.SeedLoader.required;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.dues.control.DuesAssessmentService;
import org.partyregistry.dues.control.DuesPaymentService;
import org.partyregistry.dues.entity.DuesCategory;
import org.partyregistry.dues.entity.DuesLedger;
import org.partyregistry.dues.entity.PaymentMethod;
import org.partyregistry.member.control.GroupPlacementService;
import org.partyregistry.member.control.MemberLifecycle;
import org.partyregistry.member.control.MemberService;
import org.partyregistry.member.control.MemberView;
import org.partyregistry.member.control.TransferService;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.platform.ChinaClock;

/**
 * The member part of the demo data, entered through the member, transfer and dues services as the caller
 * {@link SeedLoader} runs as: members with their history and work units, group placements, transfers and dues.
 */
@Dependent
class MemberSeed {

    /** The seeded members' ids by name. */
    record Members(Map<String, Long> ids) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    ChinaClock clock;

    @Inject
    MemberService memberService;

    @Inject
    MemberLifecycle memberLifecycle;

    @Inject
    GroupPlacementService placements;

    @Inject
    TransferService transfers;

    @Inject
    DuesAssessmentService assessments;

    @Inject
    DuesPaymentService duesPayments;

    /**
     * {@code seeds/members.csv} registered with their history (rules M1-M9) and work units, then
     * {@code seeds/group-placements.csv} (rule M19).
     */
    Members loadMembers(Map<String, Long> organizations, Map<String, Long> enterprises) {
        Map<String, Long> ids = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/members.csv")) {
            Long organization = required(organizations, row.get("organization"), "organization");
            Long workUnit = row.get("workUnit") == null ? null : required(enterprises, row.get("workUnit"),
                    "enterprise");
            String status = row.get("status");
            List<MemberView.Period> suspensions = SeedLoader.suspensions(row.get("suspensions")).stream()
                    .map(s -> new MemberView.Period(s.getFrom(), s.getUntil())).toList();
            ids.put(row.get("name"), refused("members.csv", row, () -> memberService.register(
                    new MemberService.NewMember(row.get("name"), row.get("idNumber"), organization, workUnit, null,
                            null, row.get("ethnicity"), row.get("education"), null, date(row.get("appliedOn")),
                            date(row.get("activistOn")), date(row.get("developmentTargetOn")),
                            date(row.get("probationaryOn")), date(row.get("fullOn")), null, null, suspensions,
                            status == null ? null : MemberStatus.valueOf(status), date(row.get("statusSince")))))
                    .id());
        }
        for (Map<String, String> row : Csv.read("seeds/group-placements.csv")) {
            Long member = required(ids, row.get("member"), "member");
            Long group = required(organizations, row.get("group"), "organization");
            refused("group-placements.csv", row, () -> placements.place(member, group,
                    LocalDate.parse(row.get("placedOn")), null));
        }
        return new Members(ids);
    }

    /**
     * {@code seeds/transfers.csv}: members transferred within the zone (sent and received, rules M10, M11), who
     * change their work unit the day they are received.
     */
    void loadTransfers(Map<String, Long> organizations, Map<String, Long> enterprises, Map<String, Long> members) {
        for (Map<String, String> row : Csv.read("seeds/transfers.csv")) {
            Long member = required(members, row.get("member"), "member");
            Long to = required(organizations, row.get("to"), "organization");
            LocalDate received = LocalDate.parse(row.get("receivedOn"));
            refused("transfers.csv", row, () -> {
                long transfer = transfers.send(member, to, null, LocalDate.parse(row.get("sentOn"))).id();
                transfers.receive(transfer, received);
                return row.get("workUnit") == null ? null : memberLifecycle.changeWorkUnit(member,
                        required(enterprises, row.get("workUnit"), "enterprise"), received, null);
            });
        }
    }

    /**
     * {@code seeds/dues.csv}: last year's and this year's amounts fixed for every member who owes dues, paid quarter
     * by quarter (each quarter in the month after it) up to the month the row gives; through the dues services.
     */
    int loadDues(Map<String, Long> members) {
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/dues.csv")) {
            rows.put(row.get("member"), row);
        }
        LocalDate today = clock.today();
        YearMonth current = YearMonth.from(today);
        int payments = 0;
        List<Member> owing = em.createQuery("""
                SELECT m FROM Member m WHERE m.id IN :ids AND m.status IN :owing ORDER BY m.id""", Member.class)
                .setParameter("ids", members.values())
                .setParameter("owing", List.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED)).getResultList();
        for (Member member : owing) {
            if (!member.getStage().isMember() || member.getLeftZoneOn() != null) {
                continue;
            }
            Map<String, String> row = rows.getOrDefault(member.getName(), rows.get("*"));
            DuesCategory category = DuesCategory.valueOf(row.get("category"));
            if (!rows.containsKey(member.getName()) && member.ageOn(today) >= 60) {
                category = DuesCategory.RETIRED;
            }
            YearMonth admitted = YearMonth.from(member.steps().admittedOn());
            Map<Integer, BigDecimal> monthly = new HashMap<>();
            for (int year = current.getYear() - 1; year <= current.getYear(); year++) {
                if (admitted.getYear() <= year) {
                    DuesCategory fixed = category;
                    int y = year;
                    monthly.put(year, refused("dues.csv", row, () -> assessments.setYear(member.getId(), y, fixed,
                            new BigDecimal(row.get("income")), null, null, null)).monthly());
                }
            }
            YearMonth first = DuesLedger.firstOnRecord(admitted, current.getYear() - 1);
            YearMonth last = current.minusMonths(Integer.parseInt(row.get("paidUpTo")));
            List<YearMonth> quarter = new ArrayList<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                quarter.add(month);
                if (month.getMonthValue() % 3 == 0 || month.equals(last)) {
                    LocalDate paidOn = month.plusMonths(1).atDay(10);
                    List<YearMonth> paid = quarter;
                    BigDecimal amount = monthly.get(month.getYear()).multiply(BigDecimal.valueOf(paid.size()));
                    refused("dues.csv", row, () -> duesPayments.pay(member.getId(),
                            paidOn.isAfter(today) ? today : paidOn, paid, amount, PaymentMethod.CASH));
                    payments++;
                    quarter = new ArrayList<>();
                }
            }
        }
        return payments;
    }
}
