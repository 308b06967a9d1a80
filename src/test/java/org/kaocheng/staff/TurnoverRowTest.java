package org.kaocheng.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kaocheng.staff.application.TurnoverRow;

class TurnoverRowTest {

    @Test
    void rateIsLeaversOverAverageHeadcount() {
        assertEquals(new BigDecimal("0.5000"), TurnoverRow.rate(2, 4, 4));
        assertEquals(new BigDecimal("0.6667"), TurnoverRow.rate(1, 1, 2), "1 / 1.5");
    }

    @Test
    void rateIsUndefinedWithoutAnyHeadcount() {
        assertNull(TurnoverRow.rate(0, 0, 0));
    }

    @Test
    void aUnitThatEmptiedCompletelyHasTwoHundredPerCent() {
        assertEquals(
                new BigDecimal("200.0"), new TurnoverRow(1L, "A", "A", null, 3, 0, 0, 3, 0, 0).getTurnoverPercent());
    }
}
