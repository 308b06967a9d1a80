package org.kaocheng.platform.audit;

import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

/**
 * Writes one audit row per inserted, updated or deleted entity, with the old and new values of
 * the changed attributes, through the same connection and transaction as the change itself: a
 * change that rolls back leaves no audit row, and no change escapes the trail.
 */
public class AuditListener extends DescriptorEventAdapter {

    static final int MAX_VALUES_LENGTH = 20000;
    private static final String SYSTEM_USER = "system";
    private static final String INSERT_SQL = "INSERT INTO audit_entry (at, username, action, entity_type, entity_id,"
            + " old_values, new_values) VALUES (#AT, #USERNAME, #ACTION, #TYPE, #ENTITY_ID, #OLD_VALUES, #NEW_VALUES)";

    private final Map<Class<?>, Map<String, AuditMasked>> maskedFields = new ConcurrentHashMap<>();

    @Override
    public void postInsert(DescriptorEvent event) {
        write(event, "CREATE", null, snapshot(event));
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        ObjectChangeSet changes = event.getChangeSet();
        if (changes == null && event.getQuery() instanceof ObjectLevelModifyQuery modify) {
            // EclipseLink sets the change set on the event only for preUpdateWithChanges.
            changes = modify.getObjectChangeSet();
        }
        if (changes == null || !changes.hasChanges()) {
            return;
        }
        Map<String, Object> oldValues = new TreeMap<>();
        Map<String, Object> newValues = new TreeMap<>();
        for (ChangeRecord record : changes.getChanges()) {
            String attribute = record.getAttribute();
            if (record instanceof DirectToFieldChangeRecord direct) {
                oldValues.put(attribute, mask(event, attribute, direct.getOldValue()));
                newValues.put(attribute, mask(event, attribute, direct.getNewValue()));
            } else if (record instanceof ObjectReferenceChangeRecord reference) {
                oldValues.put(attribute, idOf(reference.getOldValue()));
                newValues.put(attribute, idOf(reference.getNewValue()));
            } else {
                newValues.put(attribute, "(changed)");
            }
        }
        write(event, "UPDATE", oldValues, newValues);
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        write(event, "DELETE", snapshot(event), null);
    }

    private Map<String, Object> snapshot(DescriptorEvent event) {
        Map<String, Object> values = new TreeMap<>();
        ClassDescriptor descriptor = event.getDescriptor();
        AbstractSession session = event.getSession();
        Object entity = event.getSource();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            String attribute = mapping.getAttributeName();
            if (mapping.isDirectToFieldMapping()) {
                values.put(attribute, mask(event, attribute, mapping.getAttributeValueFromObject(entity)));
            } else if (mapping.isOneToOneMapping()) {
                Object target = mapping.getRealAttributeValueFromObject(entity, session);
                values.put(attribute, target == null ? null : session.getId(target));
            }
        }
        return values;
    }

    private Object idOf(Object changeSetOrEntity) {
        if (changeSetOrEntity instanceof ObjectChangeSet changeSet) {
            return changeSet.getId();
        }
        return changeSetOrEntity == null ? null : changeSetOrEntity.toString();
    }

    private Object mask(DescriptorEvent event, String attribute, Object value) {
        AuditMasked masked =
                maskedFieldsOf(event.getDescriptor().getJavaClass()).get(attribute);
        if (masked == null || value == null) {
            return value;
        }
        String text = value.toString();
        int keep = Math.min(masked.keepLast(), text.length());
        return "*".repeat(Math.min(text.length() - keep, 8)) + text.substring(text.length() - keep);
    }

    private Map<String, AuditMasked> maskedFieldsOf(Class<?> type) {
        return maskedFields.computeIfAbsent(type, t -> {
            Map<String, AuditMasked> result = new ConcurrentHashMap<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    AuditMasked masked = field.getAnnotation(AuditMasked.class);
                    if (masked != null) {
                        result.put(field.getName(), masked);
                    }
                }
            }
            return result;
        });
    }

    private void write(
            DescriptorEvent event, String action, Map<String, Object> oldValues, Map<String, Object> newValues) {
        AbstractSession session = event.getSession();
        Object id = session.getId(event.getSource());
        DataModifyQuery insert = new DataModifyQuery(new SQLCall(INSERT_SQL));
        for (String argument : List.of("AT", "USERNAME", "ACTION", "TYPE", "ENTITY_ID", "OLD_VALUES", "NEW_VALUES")) {
            insert.addArgument(argument);
        }
        List<Object> arguments = new ArrayList<>();
        arguments.add(Timestamp.valueOf(LocalDateTime.now()));
        arguments.add(currentUsername());
        arguments.add(action);
        arguments.add(event.getDescriptor().getJavaClass().getSimpleName());
        arguments.add(id == null ? null : id.toString());
        arguments.add(AuditValues.format(oldValues, MAX_VALUES_LENGTH));
        arguments.add(AuditValues.format(newValues, MAX_VALUES_LENGTH));
        session.executeQuery(insert, arguments);
    }

    static String currentUsername() {
        Subject subject = ThreadContext.getSubject();
        Object principal = subject == null ? null : subject.getPrincipal();
        return principal == null ? SYSTEM_USER : principal.toString();
    }
}
