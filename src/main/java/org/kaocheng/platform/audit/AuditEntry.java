package org.kaocheng.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.persistence.annotations.ReadOnly;

/** One recorded change. Read-only for the application: rows are written by {@link AuditListener}. */
@Entity
@Table(name = "audit_entry")
@ReadOnly
public class AuditEntry {

    @Id
    private Long id;

    @Column(name = "at")
    private LocalDateTime at;

    private String username;

    private String action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    @Column(name = "old_values")
    private String oldValues;

    @Column(name = "new_values")
    private String newValues;

    /** The attributes of the row before and after, read from the values once. */
    @Transient
    private List<AuditChange> changes;

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getOldValues() {
        return oldValues;
    }

    public String getNewValues() {
        return newValues;
    }

    public List<AuditChange> getChanges() {
        if (changes == null) {
            changes = AuditChange.of(oldValues, newValues);
        }
        return changes;
    }

    @Override
    public String toString() {
        return "AuditEntry[" + id + " " + action + " " + entityType + "#" + entityId + " by " + username + "]";
    }
}
