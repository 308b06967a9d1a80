package org.kaocheng.disclosure.application;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.platform.security.CurrentUser;

/** Loading a register record (press event, concern response, publicity event, reading point and its entries) to change it: the same rules for every register. */
final class RegisterRecords {

    private RegisterRecords() {}

    /** The record, or "not found" (an unknown or missing id alike). */
    static <T> T find(EntityManager em, Class<T> type, Long id) {
        T record = id == null ? null : em.find(type, id);
        if (record == null) {
            throw new BusinessRuleException("disclosure.register.notFound", id);
        }
        return record;
    }

    /** The record if the user may change its unit's registers and it is still the version they edited. */
    static <T extends VersionedEntity> T writable(
            EntityManager em, CurrentUser user, Class<T> type, Long id, int expectedVersion, Function<T, Long> unitOf) {
        T record = find(em, type, id);
        user.requireWrite(unitOf.apply(record), DisclosureAccess.DISTRICT_WRITERS);
        record.checkVersion(expectedVersion);
        return record;
    }
}
