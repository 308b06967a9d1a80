package org.kaocheng.disclosure.domain;

import java.time.LocalDate;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.Texts;

/** Checks shared by the work-summary registers: required text, dates in order, counts not negative. */
final class RegisterRules {

    private RegisterRules() {}

    static String text(String value, int max, String requiredKey) {
        return Texts.required(value, max, requiredKey, "disclosure.register.tooLong");
    }

    static String optionalText(String value, int max) {
        return Texts.optional(value, max, "disclosure.register.tooLong");
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
