package org.partyregistry.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking shared by every entity. Ids come from one database sequence (portable between
 * H2 and PostgreSQL); equality is on the id, so an entity is equal to itself before it is persisted and to any
 * copy of the same row after.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
    @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Refuses a write based on a stale read: the caller saw {@code expected}, the row is now at another version. */
    public void checkVersion(long expected) {
        if (expected != version) {
            throw new StaleVersionException(getClass().getSimpleName(), id);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || id == null) {
            return false;
        }
        return id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
