package org.partyregistry.testsupport;

import java.lang.reflect.Field;
import org.partyregistry.platform.BaseEntity;

/** Gives an entity the id the database sequence would assign, for unit tests that run without JPA. */
public final class Ids {

    private Ids() {
    }

    public static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set the id of " + entity, e);
        }
    }
}
