package org.partyregistry.award.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partyregistry.award.entity.Medal50;
import org.partyregistry.award.entity.MedalNomination;
import org.partyregistry.award.entity.NominationState;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Stage;

/**
 * The members who may be a year's candidates (rules AW1, AW2, M10), read as {@link Medal50.Standing} rows: active
 * full members on the roster under a path whose standing started early enough to reach 50 years, not awarded in
 * another year, with the days they were suspended between their standing start and July 1 of the year summed by
 * the database. No member is loaded as an entity: at city scale there are some 30,000 of them.
 */
@ApplicationScoped
public class MedalCandidates {

    /**
     * Days of each suspension inside [standing start, July 1), as {@code Suspension.daysWithin} counts them: the
     * dates' difference in seconds over a day, rounded (a summer-time change in between is not a day).
     */
    private static final String SQL = """
            SELECT m.id AS member_id, m.name AS name, m.party_standing_start AS party_standing_start,
                   COALESCE((SELECT SUM(ROUND((EXTRACT(EPOCH FROM LEAST(COALESCE(s.suspended_until, p.as_of), p.as_of))
                                      - EXTRACT(EPOCH FROM GREATEST(s.suspended_from, m.party_standing_start))) / 86400))
                             FROM member_suspension s
                             WHERE s.member_id = m.id
                             AND LEAST(COALESCE(s.suspended_until, p.as_of), p.as_of)
                                 > GREATEST(s.suspended_from, m.party_standing_start)), 0) AS suspended_days,
                   o.id AS organization_id, o.name AS organization_name
            FROM member m
            JOIN organization o ON o.id = m.organization_id
            CROSS JOIN (SELECT CAST(? AS DATE) AS as_of) p
            WHERE m.status = ? AND m.stage = ? AND m.left_zone_on IS NULL
            AND m.party_standing_start IS NOT NULL AND m.party_standing_start <= ? AND o.path LIKE ?
            AND NOT EXISTS (SELECT 1 FROM medal_nomination a WHERE a.member_id = m.id AND a.state = ?
                            AND a.medal_year <> ?)""";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** The possible candidates of {@code year} under {@code pathPrefix}; each one's years decide (rule AW2). */
    @SuppressWarnings("unchecked")
    public List<Medal50.Standing> standings(int year, String pathPrefix) {
        return em.createNativeQuery(SQL, MedalNomination.STANDING)
                .setParameter(1, Medal50.measuredOn(year))
                .setParameter(2, MemberStatus.ACTIVE.name())
                .setParameter(3, Stage.FULL.name())
                .setParameter(4, Medal50.latestStart(year))
                .setParameter(5, pathPrefix + "%")
                .setParameter(6, NominationState.AWARDED.name())
                .setParameter(7, year)
                .getResultList();
    }
}
