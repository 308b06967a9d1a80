package org.kaocheng.platform.audit;

import java.util.function.Supplier;

/**
 * Who the audit trail names for writes made on behalf of a caller that is not a signed-in person:
 * a unit's CMS writing through its API token is {@code API:<token id> <token name>}, not the
 * anonymous "system". Bound to the thread for the work given, as the work's transaction is.
 */
public final class AuditActor {

    private static final int MAX_LENGTH = 50; // audit_entry.username
    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    private AuditActor() {}

    /** Does the work with {@code actor} as the author of its audited writes. */
    public static <T> T as(String actor, Supplier<T> work) {
        String before = ACTOR.get();
        ACTOR.set(actor.length() <= MAX_LENGTH ? actor : actor.substring(0, MAX_LENGTH - 1) + "…");
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(before);
            }
        }
    }

    /** The actor of the work in progress on this thread, or null. */
    static String current() {
        return ACTOR.get();
    }
}
