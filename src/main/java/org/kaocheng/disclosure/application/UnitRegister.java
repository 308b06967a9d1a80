package org.kaocheng.disclosure.application;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.function.Function;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.unit.domain.Unit;

/**
 * A register of a unit's dated records that the work summary counts (press events, responses to
 * public concerns, publicity events, reading points): reading, creating, changing and deleting a
 * record by the same rules for every register. A unit's operator reads and writes only their own
 * unit's records (district writers any unit's), the unit of a record never changes, an unknown id
 * is "not found", and a record someone else saved since it was read is refused.
 *
 * @param <R> the record
 * @param <F> its form
 */
public abstract class UnitRegister<R extends VersionedEntity, F extends UnitRegister.Form> {

    /** A register form: the unit the record belongs to, and the record's own fields. */
    public interface Form {
        Long unitId();
    }

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ProactiveItemService items;

    private final Class<R> type;
    private final Function<R, Unit> unitOf;

    /** The register of records of the type, each belonging to the unit the function gives. */
    protected UnitRegister(Class<R> type, Function<R, Unit> unitOf) {
        this.type = type;
        this.unitOf = unitOf;
    }

    /** A new record of the (active) unit with the form's fields. */
    abstract R newRecord(Unit unit, F form);

    /** Sets the form's fields on the record (its unit stays). */
    abstract void change(R record, F form);

    public R get(Long id) {
        R record = find(type, id);
        user.requireRead(unitOf.apply(record).getId());
        return record;
    }

    @Transactional
    public R create(@Valid F form) {
        user.requireWrite(form.unitId(), DisclosureAccess.DISTRICT_WRITERS);
        R record = newRecord(items.unit(form.unitId()), form);
        em.persist(record);
        em.flush();
        return record;
    }

    @Transactional
    public R update(Long id, int expectedVersion, @Valid F form) {
        R record = writable(id, expectedVersion);
        if (!unitOf.apply(record).getId().equals(form.unitId())) {
            throw new BusinessRuleException("disclosure.register.unitFixed");
        }
        change(record, form);
        em.flush();
        return record;
    }

    @Transactional
    public void delete(Long id, int expectedVersion) {
        em.remove(writable(id, expectedVersion));
        em.flush();
    }

    /** The record if the user may change its unit's registers and it is still the version they edited. */
    R writable(Long id, int expectedVersion) {
        return writable(type, id, expectedVersion, r -> unitOf.apply(r).getId());
    }

    /** As {@link #writable(Long, int)}, for a record of another type kept with this register's (an entry of it). */
    <T extends VersionedEntity> T writable(Class<T> recordType, Long id, int expectedVersion, Function<T, Long> unit) {
        T record = find(recordType, id);
        user.requireWrite(unit.apply(record), DisclosureAccess.DISTRICT_WRITERS);
        record.checkVersion(expectedVersion);
        return record;
    }

    private <T> T find(Class<T> recordType, Long id) {
        T record = id == null ? null : em.find(recordType, id);
        if (record == null) {
            throw new BusinessRuleException("disclosure.register.notFound", id);
        }
        return record;
    }
}
