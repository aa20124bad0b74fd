package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.partyregistry.member.entity.Member;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.platform.Throttle;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Importing a roster workbook into one organization, all or nothing (rules M1-M13 per row): every row is checked
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
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public Result importRoster(long organizationId, InputStream in, long size, Messages messages,
                               IntConsumer progress) {
        Scope scope = currentUser.scope();
        Organization organization = organization(organizationId);
        scope.requireWrite(organization.getPath());
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
        Map<String, Integer> rowOfHash = new HashMap<>();
        List<Line> lines = reading.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            try {
                Member member = members.build(scope, input(line, organizationId), organization, today);
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
        for (int from = 0; from < hashes.size(); from += BATCH) {
            em.createQuery("SELECT m.idNumberHash FROM Member m WHERE m.idNumberHash IN :hashes", String.class)
                    .setParameter("hashes", hashes.subList(from, Math.min(hashes.size(), from + BATCH)))
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
        for (int i = 0; i < lines.size(); i++) {
            Member member = members.build(scope, input(lines.get(i), organizationId), organization, today);
            em.persist(member);
            audit.record(scope.username(), member, "IMPORT", members.creation(member));
            if ((i + 1) % BATCH == 0) {
                em.flush();
                em.clear();
                organization = organization(organizationId);
            }
            progress.accept(50 + (i + 1) * 50 / lines.size());
        }
        em.flush();
        return new Result(lines.size(), List.of());
    }

    private Organization organization(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundException("Organization", id);
        }
        return organization;
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
