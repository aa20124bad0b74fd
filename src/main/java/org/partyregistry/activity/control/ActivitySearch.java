package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;

/**
 * The activity list's drill-down (rules ACT8, ACT9, ACT15): the activities behind a number of a compliance report or of the
 * zone-wide table, paged for a lazy table. Without filters it lists the organization and those below it over the
 * period, like {@link ActivityService#page}; a type narrows it to that type, and {@code own} to the organization's
 * own activities (a compliance cell counts those only, except a branch's group meetings, which are its groups').
 */
@ApplicationScoped
public class ActivitySearch {

    /** What the list asks for; {@code type} null for every type. */
    public record Filter(long organizationId, ActivityType type, boolean own, LocalDate from, LocalDate to)
            implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Transactional
    public long count(Filter filter) {
        return query("SELECT COUNT(a) FROM Activity a JOIN a.organization o", "", filter, Long.class)
                .getSingleResult();
    }

    /** One page of the filtered activities, newest first, with the attendance counts (no names). */
    @Transactional
    public List<ActivityView> page(Filter filter, int first, int max, Locale locale) {
        Messages messages = Messages.of(locale);
        return query("SELECT a FROM Activity a JOIN FETCH a.organization o", " ORDER BY a.heldOn DESC, a.id DESC",
                filter, Activity.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .setHint("eclipselink.batch", "a.attendance")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream().map(a -> ActivityView.of(a, List.of(), messages)).toList();
    }

    private <T> TypedQuery<T> query(String select, String order, Filter filter, Class<T> type) {
        Organization organization = em.find(Organization.class, filter.organizationId());
        if (organization == null) {
            throw new NotFoundException("Organization", filter.organizationId());
        }
        currentUser.scope().requireRead(organization.getPath());
        LocalDate from = filter.from() == null ? LocalDate.of(1900, 1, 1) : filter.from();
        LocalDate to = filter.to() == null ? clock.today() : filter.to();
        if (to.isBefore(from)) {
            throw BusinessException.onField("to", "activity.periodReversed");
        }
        String where = (filter.own() ? " WHERE o = :organization" : " WHERE o.path LIKE :prefix")
                + " AND a.heldOn >= :from AND a.heldOn <= :to"
                + (filter.type() == null ? "" : " AND a.type = :type");
        TypedQuery<T> query = em.createQuery(select + where + order, type)
                .setParameter("from", from)
                .setParameter("to", to);
        if (filter.own()) {
            query.setParameter("organization", organization);
        } else {
            query.setParameter("prefix", organization.getPath() + "%");
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        return query;
    }
}
