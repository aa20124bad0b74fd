package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.member.control.MemberWorkbook.CellError;
import org.partyregistry.member.control.MemberWorkbook.Column;
import org.partyregistry.member.control.MemberWorkbook.Line;
import org.partyregistry.member.entity.GroupPlacement;
import org.partyregistry.member.entity.Member;
import org.partyregistry.organization.control.Organizations;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.Throttle;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;
import org.partyregistry.platform.Batches;

/**
 * Importing a roster workbook into one organization, all or nothing (rules M1-M13 per row, M19 for the optional
 * party group column): every row is checked
 * first, including duplicates within the file and against the register; only an error-free workbook is written, in
 * this one transaction, flushing and clearing the persistence context every few hundred rows. At most
 * {@value #CONCURRENT_IMPORTS} imports run at once on a node; another is refused with 429 and nothing read.
 */
@ApplicationScoped
public class MemberImport {

    static final int BATCH = 500;
    /** Imports running at once on this node; more are refused (429), as reading a workbook takes memory. */
    static final int CONCURRENT_IMPORTS = 2;
    static final int RETRY_AFTER_SECONDS = 30;

    /** {@code imported} members, or the errors (row, column, message) that kept everything out. */
    public record Result(int imported, List<CellError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Per-node state, on purpose: it guards this node's memory, whatever the other nodes run. */
    private final Throttle throttle = new Throttle(CONCURRENT_IMPORTS, RETRY_AFTER_SECONDS, "member_import.busy");

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    MemberService members;

    @Inject
    Organizations organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MembersChanged> changed;

    @Transactional
    public Result importRoster(long organizationId, InputStream in, long size, Messages messages,
                               IntConsumer progress) {
        Scope scope = currentUser.scope();
        Organization organization = organizations.writable(organizationId);
        if (!organization.isActive()) {
            throw new BusinessException("organization.notActive", organization.getName());
        }
        return throttle.run(() -> importChecked(scope, organization, in, size, messages, progress));
    }

    private Result importChecked(Scope scope, Organization checked, InputStream in, long size, Messages messages,
                                 IntConsumer progress) {
        long organizationId = checked.getId();
        Organization organization = checked;
        MemberWorkbook.Reading reading = MemberWorkbook.read(in, size, messages);
        if (reading.lines().isEmpty()) {
            return new Result(0, reading.errors());
        }
        List<CellError> errors = new ArrayList<>(reading.errors());
        LocalDate today = clock.today();
        Map<String, Long> groups = groups(organization);
        Map<String, Integer> rowOfHash = new HashMap<>();
        List<Line> lines = reading.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            try {
                Member member = members.build(scope, input(line, organizationId), organization, today);
                place(member, line, groups, today, messages, errors);
                Integer first = rowOfHash.putIfAbsent(member.getIdNumberHash(), line.row());
                if (first != null) {
                    errors.add(new CellError(line.row(), MemberWorkbook.header(Column.ID_NUMBER, messages),
                            messages.format("member_import.duplicateInFile", first)));
                }
            } catch (BusinessException e) {
                errors.add(error(line.row(), e, messages));
            }
            progress.accept(i * 50 / lines.size());
        }
        List<String> hashes = new ArrayList<>(rowOfHash.keySet());
        for (List<String> batch : Batches.of(hashes, BATCH)) {
            em.createQuery("SELECT m.idNumberHash FROM Member m WHERE m.idNumberHash IN :hashes", String.class)
                    .setParameter("hashes", batch)
                    .getResultStream().forEach(hash -> errors.add(new CellError(rowOfHash.get(hash),
                            MemberWorkbook.header(Column.ID_NUMBER, messages),
                            messages.get("member.idNumberDuplicate"))));
        }
        if (!errors.isEmpty()) {
            // a cell the reading refused (a text too long) may be refused again by the member rules: once is enough
            List<CellError> distinct = new ArrayList<>(new LinkedHashSet<>(errors));
            distinct.sort(Comparator.comparingInt(CellError::row));
            return new Result(0, distinct);
        }
        List<Long> imported = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Member member = members.build(scope, input(lines.get(i), organizationId), organization, today);
            em.persist(member);
            imported.add(member.getId());
            GroupPlacement placement = place(member, lines.get(i), groups, today, messages, errors);
            if (placement != null) {
                em.persist(placement);
            }
            audit.record(scope.username(), member, "IMPORT", members.creation(member)
                    .set("groupId", placement == null ? null : placement.getGroup().getId()));
            if ((i + 1) % BATCH == 0) {
                em.flush();
                changed.fire(new MembersChanged(imported));
                imported.clear();
                em.clear();
                organization = organizations.require(organizationId);
            }
            progress.accept(50 + (i + 1) * 50 / lines.size());
        }
        em.flush();
        if (!imported.isEmpty()) {
            changed.fire(new MembersChanged(imported));
        }
        return new Result(lines.size(), List.of());
    }

    /** Rule M19: the party groups directly under the organization that still exist, by name. */
    private Map<String, Long> groups(Organization organization) {
        Map<String, Long> groups = new HashMap<>();
        em.createQuery("""
                SELECT g FROM Organization g WHERE g.parent = :organization AND g.type = :group
                AND g.dissolvedOn IS NULL""", Organization.class)
                .setParameter("organization", organization)
                .setParameter("group", OrganizationType.GROUP)
                .getResultStream().forEach(g -> groups.put(g.getName(), g.getId()));
        return groups;
    }

    /**
     * Rule M19 for the optional group column: the named group of the branch, from the member's admission or the
     * group's founding, whichever is later. An unknown name or a refused placement is an error on the cell.
     */
    private GroupPlacement place(Member member, Line line, Map<String, Long> groups, LocalDate today,
                                 Messages messages, List<CellError> errors) {
        String name = line.text(Column.GROUP);
        if (name == null) {
            return null;
        }
        String header = MemberWorkbook.header(Column.GROUP, messages);
        Long groupId = groups.get(name);
        if (groupId == null) {
            errors.add(new CellError(line.row(), header, messages.format("member_import.groupUnknown", name)));
            return null;
        }
        Organization group = em.find(Organization.class, groupId);
        LocalDate admitted = member.steps().probationaryOn() != null ? member.steps().probationaryOn()
                : member.steps().fullOn();
        if (admitted == null) {
            errors.add(new CellError(line.row(), header, messages.get("member_import.groupNotAdmitted")));
            return null;
        }
        LocalDate on = admitted.isAfter(group.getEstablishedOn()) ? admitted : group.getEstablishedOn();
        try {
            return member.placeInGroup(group, on, admitted, today);
        } catch (BusinessException e) {
            errors.add(new CellError(line.row(), header, e.fieldErrors(messages).get(0).message()));
            return null;
        }
    }

    private static MemberService.NewMember input(Line line, long organizationId) {
        return new MemberService.NewMember(line.text(Column.NAME), line.text(Column.ID_NUMBER), organizationId, null,
                null, null, line.text(Column.ETHNICITY), line.text(Column.EDUCATION), line.text(Column.PHONE),
                line.date(Column.APPLIED_ON), line.date(Column.ACTIVIST_ON), line.date(Column.DEVELOPMENT_TARGET_ON),
                line.date(Column.PROBATIONARY_ON), line.date(Column.FULL_ON), null, null, List.of(), null, null);
    }

    private static CellError error(int row, BusinessException e, Messages messages) {
        Column column = e.field() == null ? null : MemberWorkbook.column(e.field());
        String message = e.fieldErrors(messages).get(0).message();
        return new CellError(row, column == null ? null : MemberWorkbook.header(column, messages), message);
    }
}
