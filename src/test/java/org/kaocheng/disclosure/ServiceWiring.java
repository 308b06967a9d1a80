package org.kaocheng.disclosure;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.UserAccount;

/**
 * Sets a service's package-private collaborators outside the container: the entity manager, the
 * user, the test calendar and a clock fixed on a day. (The services live in another package, so
 * the fields are set reflectively.)
 */
final class ServiceWiring {

    private ServiceWiring() {}

    static void wire(Object service, EntityManager em, UserAccount account, LocalDate today) {
        set(service, "em", em);
        set(service, "user", CurrentUser.of(account));
        trySet(service, "calendar", CalendarFixture.CHINA_2024_2026);
        trySet(
                service,
                "clock",
                Clock.fixed(today.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")));
    }

    static void set(Object target, String name, Object value) {
        if (!trySet(target, name, value)) {
            throw new IllegalArgumentException(target.getClass() + " has no field " + name);
        }
    }

    private static boolean trySet(Object target, String name, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
                return true;
            } catch (NoSuchFieldException e) {
                // try the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }
}
