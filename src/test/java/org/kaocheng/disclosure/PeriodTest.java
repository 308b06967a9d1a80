package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kaocheng.disclosure.application.Period;
import org.kaocheng.disclosure.application.Period.Kind;

/** The dashboard's periods: a number beyond its kind is brought back into range. */
class PeriodTest {

    @Test
    void eachKindHasItsDaysAndNumbersOutOfRangeAreBroughtIn() {
        Period q4 = new Period(Kind.QUARTER, 2025, 12);
        assertEquals(4, q4.number(), "December is no quarter: the fourth");
        assertEquals(LocalDate.of(2025, 10, 1), q4.from());
        assertEquals(LocalDate.of(2025, 12, 31), q4.to());
        Period february = new Period(Kind.MONTH, 2024, 2);
        assertEquals(LocalDate.of(2024, 2, 29), february.to(), "a leap year");
        assertEquals(1, new Period(Kind.MONTH, 2024, 0).number());
        Period year = new Period(Kind.YEAR, 2025, 7);
        assertEquals(1, year.number());
        assertEquals(LocalDate.of(2025, 1, 1), year.from());
        assertEquals(LocalDate.of(2025, 12, 31), year.to());
        assertEquals(Kind.YEAR, new Period(null, 2025, 3).kind(), "no kind: the year");
        assertEquals(12, Kind.MONTH.maxNumber());
        assertEquals(4, Kind.QUARTER.maxNumber());
    }
}
