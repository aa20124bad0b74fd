package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.platform.IdName;
import org.partyregistry.platform.Batches;

/** The names of the members listed on activities, read in batches (an attendance sheet shows names, not ids). */
@ApplicationScoped
public class MemberNames {

    /** How many ids one statement asks for. */

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** Each member's name by id; ids of no member are absent. */
    public Map<Long, String> of(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (List<Long> batch : Batches.of(ids)) {
            em.createQuery("SELECT NEW org.partyregistry.platform.IdName(m.id, m.name) FROM Member m"
                            + " WHERE m.id IN :ids", IdName.class)
                    .setParameter("ids", batch)
                    .getResultStream().forEach(row -> names.put(row.id(), row.name()));
        }
        return names;
    }
}
