package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.platform.IdName;

/** The names of the members listed on activities, read in batches (an attendance sheet shows names, not ids). */
@ApplicationScoped
public class MemberNames {

    /** How many ids one statement asks for. */
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** Each member's name by id; ids of no member are absent. */
    public Map<Long, String> of(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            em.createQuery("SELECT NEW org.partyregistry.platform.IdName(m.id, m.name) FROM Member m"
                            + " WHERE m.id IN :ids", IdName.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + BATCH)))
                    .getResultStream().forEach(row -> names.put(row.id(), row.name()));
        }
        return names;
    }
}
