package org.kaocheng.platform;

/**
 * Checks of a text a person types, for the domain: required or optional, at most the length of
 * its column, kept without surrounding white space (full-width spaces too). Each field names its
 * own messages; the too-long message gets the maximum as its argument.
 */
public final class Texts {

    private Texts() {}

    /** The stripped text; refused with {@code requiredKey} when blank, with {@code tooLongKey} when over {@code max}. */
    public static String required(String value, int max, String requiredKey, String tooLongKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(requiredKey);
        }
        return atMost(value.strip(), max, tooLongKey);
    }

    /** The stripped text, null when blank; refused with {@code tooLongKey} when over {@code max}. */
    public static String optional(String value, int max, String tooLongKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return atMost(value.strip(), max, tooLongKey);
    }

    private static String atMost(String text, int max, String tooLongKey) {
        if (text.length() > max) {
            throw new BusinessRuleException(tooLongKey, max);
        }
        return text;
    }
}
