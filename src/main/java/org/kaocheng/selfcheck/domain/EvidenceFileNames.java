package org.kaocheng.selfcheck.domain;

import java.text.Normalizer;
import org.kaocheng.platform.BusinessRuleException;

/**
 * The name a unit gives an uploaded file is kept for display only (Chinese names included) and
 * never used as a path. Names that try path tricks are refused rather than silently mended, so
 * that the unit sees what happened: separators, "..", drive letters, NUL, control and
 * bidirectional-override characters.
 */
public final class EvidenceFileNames {

    public static final int MAX_LENGTH = 200;

    private EvidenceFileNames() {}

    /** The display name, or a refusal ({@code selfcheck.evidence.badName}). */
    public static String displayName(String raw) {
        if (raw == null) {
            throw refused("");
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        if (name.isEmpty()
                || name.length() > MAX_LENGTH
                || name.equals(".")
                || name.equals("..")
                || name.startsWith(".")) {
            throw refused(raw);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            if (c == '/'
                    || c == '\\'
                    || c == ':'
                    || c == '\0'
                    || Character.isISOControl(c)
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.SURROGATE && !validSurrogate(name, i)) {
                throw refused(raw);
            }
        }
        if (name.contains("..")) {
            throw refused(raw);
        }
        return name;
    }

    private static boolean validSurrogate(String name, int i) {
        char c = name.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(name.charAt(i - 1));
    }

    private static BusinessRuleException refused(String raw) {
        String shown = raw.replaceAll("\\p{Cntrl}", "?");
        return new BusinessRuleException(
                "selfcheck.evidence.badName", shown.length() > 60 ? shown.substring(0, 60) + "…" : shown);
    }
}
