package org.kaocheng.platform.audit;

import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
import org.eclipse.persistence.sessions.changesets.AggregateChangeRecord;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.CollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectCollectionChangeRecord;
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
        changes(event, "", changes.getChanges(), oldValues, newValues);
        write(event, "UPDATE", oldValues, newValues);
    }

    /**
     * Old and new value of each changed attribute ({@code prefix} names an embedded value's
     * attributes: {@code completionRule.minShare}). A reference is its target's id; a collection
     * is its elements (ids of entities) sorted, as a list, its old elements being the new ones
     * without the added and with the removed.
     */
    private void changes(
            DescriptorEvent event,
            String prefix,
            List<ChangeRecord> records,
            Map<String, Object> oldValues,
            Map<String, Object> newValues) {
        AbstractSession session = event.getSession();
        for (ChangeRecord record : records) {
            String attribute = prefix + record.getAttribute();
            if (record instanceof DirectToFieldChangeRecord direct) {
                oldValues.put(attribute, mask(event, attribute, direct.getOldValue()));
                newValues.put(attribute, mask(event, attribute, direct.getNewValue()));
            } else if (record instanceof ObjectReferenceChangeRecord reference) {
                oldValues.put(attribute, idOf(session, reference.getOldValue()));
                newValues.put(attribute, idOf(session, reference.getNewValue()));
            } else if (record instanceof AggregateChangeRecord aggregate && aggregate.getChangedObject() != null) {
                changes(event, attribute + ".", aggregate.getChangedObject().getChanges(), oldValues, newValues);
            } else if (record instanceof DirectCollectionChangeRecord || record instanceof CollectionChangeRecord) {
                List<Object> now = elements(session, collectionOf(event, record.getAttribute()));
                newValues.put(attribute, text(now));
                oldValues.put(attribute, text(before(session, now, record)));
            } else {
                newValues.put(attribute, "(changed)");
            }
        }
    }

    private static Collection<?> collectionOf(DescriptorEvent event, String attribute) {
        DatabaseMapping mapping = event.getDescriptor().getMappingForAttributeName(attribute);
        Object value =
                mapping == null ? null : mapping.getRealAttributeValueFromObject(event.getSource(), event.getSession());
        return value instanceof Collection<?> c ? c : value instanceof Map<?, ?> m ? m.values() : List.of();
    }

    /** The elements as audited values: an entity (or its change set) by its id, anything else as it is. */
    private static List<Object> elements(AbstractSession session, Collection<?> elements) {
        List<Object> values = new ArrayList<>();
        if (elements != null) {
            for (Object e : elements) {
                values.add(idOf(session, e));
            }
        }
        return values;
    }

    /** A collection's old elements: those it has now, without the added and with the removed. */
    private static List<Object> before(AbstractSession session, List<Object> now, ChangeRecord record) {
        Collection<?> added;
        Collection<?> removed;
        if (record instanceof DirectCollectionChangeRecord elements) {
            added = elements.getAddObjectList();
            removed = elements.getRemoveObjectList();
        } else {
            CollectionChangeRecord collection = (CollectionChangeRecord) record;
            added = collection.getAddObjectList().keySet();
            removed = collection.getRemoveObjectList().keySet();
        }
        List<Object> old = new ArrayList<>(now);
        elements(session, added).forEach(old::remove);
        old.addAll(elements(session, removed));
        return old;
    }

    /** A collection's elements sorted by their text: "[ASSESSOR, VIEWER]". */
    private static String text(List<Object> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"));
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
            } else if (mapping.isAggregateObjectMapping()) {
                Object embedded = mapping.getRealAttributeValueFromObject(entity, session);
                if (embedded != null) {
                    for (DatabaseMapping inner :
                            mapping.getReferenceDescriptor().getMappings()) {
                        if (inner.isDirectToFieldMapping()) {
                            values.put(
                                    attribute + "." + inner.getAttributeName(),
                                    inner.getAttributeValueFromObject(embedded));
                        }
                    }
                }
            } else if (mapping.isDirectCollectionMapping() || mapping.isManyToManyMapping()) {
                values.put(attribute, text(elements(session, collectionOf(event, attribute))));
            }
        }
        return values;
    }

    /** An entity or its change set by its id; any other value as its text. */
    private static Object idOf(AbstractSession session, Object value) {
        if (value instanceof ObjectChangeSet changeSet) {
            return changeSet.getId();
        }
        if (value == null) {
            return null;
        }
        ClassDescriptor descriptor = session.getDescriptor(value.getClass());
        return descriptor != null && !descriptor.isAggregateDescriptor() ? session.getId(value) : value.toString();
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
        String actor = AuditActor.current();
        if (actor != null) {
            return actor;
        }
        Subject subject = ThreadContext.getSubject();
        Object principal = subject == null ? null : subject.getPrincipal();
        return principal == null ? SYSTEM_USER : principal.toString();
    }
}
