package org.kaocheng.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CoverageRowTest {

    @Test
    void coverageIsTrainedOverActiveToFourPlaces() {
        assertEquals(new BigDecimal("0.3333"), CoverageRow.rate(1, 3));
        assertEquals(new BigDecimal("0.6667"), CoverageRow.rate(2, 3), "0.66666… rounds half up");
        assertEquals(new BigDecimal("1.0000"), CoverageRow.rate(7, 7));
        assertEquals(new BigDecimal("0.0000"), CoverageRow.rate(0, 5));
    }

    @Test
    void aUnitWithoutActiveStaffHasNoRate() {
        CoverageRow empty = new CoverageRow(1L, "A", "甲局", 0, 0, 2);
        assertNull(empty.getCoverageRate());
        assertNull(empty.getCoveragePercent());
    }

    @Test
    void percentHasOneDecimalAndUntrainedIsTheRest() {
        CoverageRow row = new CoverageRow(1L, "A", "甲局", 6, 4, 0);
        assertEquals(new BigDecimal("66.7"), row.getCoveragePercent(), "4 / 6 = 0.6667 → 66.7 %");
        assertEquals(2, row.getUntrainedStaff());
    }
}
