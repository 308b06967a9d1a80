package org.kaocheng.disclosure.application;

/**
 * How applications fall into a reporting period, as SQL predicates over an {@code info_application}
 * row, shared by the timeliness dashboard and the annual report so that both count carry-over the
 * same way ({@code ApplicationTimeline.openAtEndOf} is the same rule in Java):
 * <ul>
 * <li>received in the period (本年新收): {@code from <= received_on <= to};</li>
 * <li>carried in (上年结转): received before {@code from} and not answered before it;</li>
 * <li>answered in the period (办理结果): {@code from <= answered_on <= to};</li>
 * <li>carried out (结转下年度): received by {@code to} and not answered by the end of that day.</li>
 * </ul>
 * Received-in plus carried-in equals answered-in plus carried-out for every set of applications.
 * The bounds are SQL expressions of type DATE (a typed parameter or literal).
 */
public final class ApplicationPeriods {

    private ApplicationPeriods() {}

    public static String receivedIn(String a, String from, String to) {
        return a + ".received_on >= " + from + " AND " + a + ".received_on <= " + to;
    }

    public static String carriedIn(String a, String from) {
        return a + ".received_on < " + from + " AND (" + a + ".answered_on IS NULL OR " + a + ".answered_on >= " + from
                + ")";
    }

    public static String answeredIn(String a, String from, String to) {
        return a + ".answered_on >= " + from + " AND " + a + ".answered_on <= " + to;
    }

    public static String carriedOut(String a, String to) {
        return a + ".received_on <= " + to + " AND (" + a + ".answered_on IS NULL OR " + a + ".answered_on > " + to
                + ")";
    }
}
