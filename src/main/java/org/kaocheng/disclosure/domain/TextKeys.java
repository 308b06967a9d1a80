package org.kaocheng.disclosure.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Comparison keys of free text: titles, document numbers (文号), applicant names and subjects
 * typed by different people in different input methods compare equal when they differ only in
 * whitespace, full-width/half-width forms (ＡＢＣ１２３, （）), letter case or punctuation
 * (〔2020〕 vs [2020] vs (2020), 《》, “”).
 */
public final class TextKeys {

    private TextKeys() {}

    /** NFKC folds full-width letters, digits and punctuation; then case, spaces and punctuation go. */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean drop = Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || type == Character.CONNECTOR_PUNCTUATION
                    || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION
                    || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION
                    || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION
                    || type == Character.MATH_SYMBOL
                    || type == Character.MODIFIER_SYMBOL
                    || type == Character.OTHER_SYMBOL
                    || type == Character.CONTROL
                    || type == Character.FORMAT;
            if (!drop) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The key, or null when nothing is left of the text. */
    public static String keyOrNull(String text) {
        String key = key(text);
        return key == null || key.isEmpty() ? null : key;
    }

    /**
     * How alike two keys are: the Dice coefficient of their character bigrams (1 = same, 0 =
     * nothing in common); a key contained in the other counts as alike (1).
     */
    public static double similarity(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b) || a.contains(b) || b.contains(a)) {
            return 1;
        }
        java.util.Map<String, Integer> bigrams = new java.util.HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            bigrams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            String g = b.substring(i, i + 2);
            Integer n = bigrams.get(g);
            if (n != null && n > 0) {
                shared++;
                bigrams.put(g, n - 1);
            }
        }
        int total = Math.max(a.length() - 1, 0) + Math.max(b.length() - 1, 0);
        return total == 0 ? 0 : 2.0 * shared / total;
    }
}
