package org.kaocheng.appraisal.metric;

import java.util.function.BiFunction;

/**
 * A record behind a metric value, shown in a unit's score explanation.
 *
 * @param type   what the record is, as a message key (e.g. {@code metric.record.proactiveItem})
 * @param id     its id
 * @param label  what identifies it to a person (title, name, subject)
 * @param detail why it counts, as {@link #detail(String, Object...)} writes it: a message key with
 *               its arguments, rendered in the reader's language by {@link #renderDetail}
 * @param link   the page showing it, relative to the application root, or null
 */
public record MetricRecord(String type, Long id, String label, String detail, String link) {

    /** Separates the key and arguments of a detail (a control character no text carries). */
    private static final char SEPARATOR = '\u001F';

    /** What a message key looks like (a detail of an earlier version, e.g. "LATE:1:2024-03-08", does not). */
    private static final java.util.regex.Pattern MESSAGE_KEY =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");

    /** An argument that is itself a message key (an enum's label), translated when rendered. */
    private static final String KEY_ARGUMENT = "@";

    /**
     * A detail as a message key and its arguments (dates as yyyy-MM-dd, numbers plain, a
     * {@link #label(String) label(key)} for a code to translate), so that a record frozen at
     * publication still reads in whichever language a person uses.
     */
    public static String detail(String messageKey, Object... arguments) {
        StringBuilder text = new StringBuilder(messageKey);
        for (Object a : arguments) {
            text.append(SEPARATOR).append(a == null ? "" : a.toString().replace(SEPARATOR, ' '));
        }
        return text.toString();
    }

    /** An argument of {@link #detail} that is a message key, e.g. an enum's label. */
    public static String label(String messageKey) {
        return KEY_ARGUMENT + messageKey;
    }

    /**
     * A detail in words: the message of its key with its arguments ({@code text} gives a
     * message by key and arguments); a detail of another form (records frozen by an earlier
     * version) as it is.
     */
    public static String renderDetail(String detail, BiFunction<String, Object[], String> text) {
        if (detail == null) {
            return "";
        }
        String[] parts = detail.split(String.valueOf(SEPARATOR), -1);
        if (!MESSAGE_KEY.matcher(parts[0]).matches()) {
            return detail;
        }
        Object[] arguments = new Object[parts.length - 1];
        for (int k = 1; k < parts.length; k++) {
            arguments[k - 1] = parts[k].startsWith(KEY_ARGUMENT)
                    ? text.apply(parts[k].substring(KEY_ARGUMENT.length()), new Object[0])
                    : parts[k];
        }
        return text.apply(parts[0], arguments);
    }
}
