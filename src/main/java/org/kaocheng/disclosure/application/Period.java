package org.kaocheng.disclosure.application;

import java.time.LocalDate;

/** A month, quarter or year of the dashboard: {@code number} is the month (1–12) or quarter (1–4). */
public record Period(Kind kind, int year, int number) {

    public enum Kind {
        MONTH,
        QUARTER,
        YEAR;

        /** The highest number of a period of this kind in a year: 12 months, 4 quarters, 1 year. */
        public int maxNumber() {
            return switch (this) {
                case MONTH -> 12;
                case QUARTER -> 4;
                case YEAR -> 1;
            };
        }
    }

    public Period {
        if (kind == null) {
            kind = Kind.YEAR;
        }
        number = Math.min(Math.max(number, 1), kind.maxNumber());
    }

    public LocalDate from() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate to() {
        return switch (kind) {
            case MONTH -> from().plusMonths(1).minusDays(1);
            case QUARTER -> from().plusMonths(3).minusDays(1);
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }
}
