package org.kaocheng.selfcheck.domain;

import java.math.BigDecimal;

/**
 * A unit's answer to one item: the value of the item's kind, and a note (说明) that every kind
 * may carry (for a TEXT item the text is the answer).
 */
public record AnswerValue(Boolean yesNo, BigDecimal number, String text, String choice) {

    public static final int MAX_TEXT = 4000;

    public static AnswerValue empty() {
        return new AnswerValue(null, null, null, null);
    }

    public AnswerValue {
        text = text == null || text.isBlank() ? null : text.strip();
        choice = choice == null || choice.isBlank() ? null : choice.strip();
    }

    /** Whether the value answers an item of this kind. */
    public boolean answers(AnswerKind kind) {
        return switch (kind) {
            case YES_NO -> yesNo != null;
            case NUMBER -> number != null;
            case TEXT -> text != null;
            case CHOICE -> choice != null;
        };
    }

    /**
     * A {@link #snapshot} for a reader: its yes/no code (YES, NO) in words ({@code yes} and
     * {@code no} give them), the rest as it is.
     */
    public static String readable(String snapshot, String yes, String no) {
        if (snapshot == null) {
            return "";
        }
        for (String[] code : new String[][] {{"YES", yes}, {"NO", no}}) {
            if (snapshot.equals(code[0]) || snapshot.startsWith(code[0] + " | ")) {
                return code[1] + snapshot.substring(code[0].length());
            }
        }
        return snapshot;
    }

    /** The answer as kept in the history of a round. */
    public String snapshot(AnswerKind kind) {
        String value = switch (kind) {
            case YES_NO -> yesNo == null ? "" : yesNo ? "YES" : "NO";
            case NUMBER -> number == null ? "" : number.stripTrailingZeros().toPlainString();
            case TEXT -> "";
            case CHOICE -> choice == null ? "" : choice;
        };
        if (text == null) {
            return value;
        }
        String joined = value.isEmpty() ? text : value + " | " + text;
        return joined.length() > MAX_TEXT ? joined.substring(0, MAX_TEXT) : joined;
    }
}
