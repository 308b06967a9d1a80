package org.kaocheng.disclosure.domain;

import java.time.LocalDate;
import org.kaocheng.platform.BusinessRuleException;

/** Checks shared by the work-summary registers: required text, dates in order, counts not negative. */
final class RegisterRules {

    private RegisterRules() {}

    static String text(String value, int max, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(requiredKey);
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new BusinessRuleException("disclosure.register.tooLong", max);
        }
        return trimmed;
    }

    static String optionalText(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new BusinessRuleException("disclosure.register.tooLong", max);
        }
        return trimmed;
    }

    static LocalDate date(LocalDate value, String requiredKey) {
        if (value == null) {
            throw new BusinessRuleException(requiredKey);
        }
        return value;
    }

    static long count(Long value) {
        long v = value == null ? 0 : value;
        if (v < 0) {
            throw new BusinessRuleException("disclosure.register.negative");
        }
        return v;
    }
}
