package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kaocheng.disclosure.domain.FeeRule;

/** 国办函〔2020〕109号: ≤10 free, 11–30 at 100, then +100 per item for each further block of 10. */
class FeeRuleTest {

    @Test
    void tenItemsAMonthAreFree() {
        assertEquals(BigDecimal.ZERO, FeeRule.fee(0, 10));
    }

    @Test
    void itemsElevenToThirtyCostOneHundredEach() {
        assertEquals(BigDecimal.valueOf(100), FeeRule.fee(0, 11));
        assertEquals(BigDecimal.valueOf(2000), FeeRule.fee(0, 30), "20 × 100");
    }

    @Test
    void eachFurtherBlockOfTenCostsOneHundredMorePerItem() {
        assertEquals(BigDecimal.valueOf(2200), FeeRule.fee(0, 31), "2000 + 200");
        assertEquals(BigDecimal.valueOf(4000), FeeRule.fee(0, 40), "2000 + 10 × 200");
        assertEquals(BigDecimal.valueOf(4300), FeeRule.fee(0, 41), "4000 + 300");
        assertEquals(400, FeeRule.priceOfItem(51));
    }

    @Test
    void earlierItemsOfTheSameMonthCount() {
        // items 9..13 of the month: 0 + 0 + 100 + 100 + 100
        assertEquals(BigDecimal.valueOf(300), FeeRule.fee(8, 5));
    }
}
