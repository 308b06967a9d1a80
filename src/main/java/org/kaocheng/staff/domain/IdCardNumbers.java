package org.kaocheng.staff.domain;

/**
 * Resident identity card numbers (GB 11643-1999): 17 digits and a check character computed
 * with the ISO 7064 MOD 11-2 weights.
 */
public final class IdCardNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdCardNumbers() {}

    /** Upper-cases a trailing x and removes spaces; null stays null. */
    public static String normalise(String number) {
        if (number == null) {
            return null;
        }
        String n = number.replace(" ", "").trim().toUpperCase();
        return n.isEmpty() ? null : n;
    }

    public static boolean isValid(String number) {
        String n = normalise(number);
        if (n == null || n.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = n.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return n.charAt(17) == CHECK[sum % 11];
    }

    /** The check character for the first 17 digits (used by the demo data generator). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static String mask(String number) {
        if (number == null || number.length() < 8) {
            return number == null ? "" : "****";
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }
}
