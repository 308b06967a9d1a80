package org.kaocheng.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An editable entity: concurrent edits are caught by the version column. */
@MappedSuperclass
public abstract class VersionedEntity {

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    public abstract Long getId();

    public int getVersion() {
        return version;
    }

    /**
     * Refuses to change an entity that someone else saved since the caller read it.
     *
     * @throws jakarta.persistence.OptimisticLockException if the versions differ
     */
    public void checkVersion(int expectedVersion) {
        if (expectedVersion != version) {
            throw new jakarta.persistence.OptimisticLockException(this);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        Long id = getId();
        return id != null && id.equals(((VersionedEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
