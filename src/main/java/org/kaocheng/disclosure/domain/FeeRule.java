package org.kaocheng.disclosure.domain;

import java.math.BigDecimal;

/**
 * The per-item fee (国办函〔2020〕109号): for one applicant within one calendar month, items 1–10
 * are free, items 11–30 cost 100 yuan each, and the price rises by 100 yuan per item for each
 * further block of 10 (31–40: 200, 41–50: 300, ...).
 */
public final class FeeRule {

    private FeeRule() {}

    /** The price of the k-th item (1-based) of the applicant's month. */
    public static int priceOfItem(int k) {
        if (k <= 10) {
            return 0;
        }
        if (k <= 30) {
            return 100;
        }
        return 100 + 100 * ((k - 31) / 10 + 1);
    }

    /** The fee of an application of {@code items} items after {@code earlierItems} in the month. */
    public static BigDecimal fee(int earlierItems, int items) {
        long total = 0;
        for (int k = earlierItems + 1; k <= earlierItems + items; k++) {
            total += priceOfItem(k);
        }
        return BigDecimal.valueOf(total);
    }
}
