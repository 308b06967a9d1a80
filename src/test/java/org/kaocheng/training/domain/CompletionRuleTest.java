package org.kaocheng.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.training.domain.CompletionRule.Shortfall;

class CompletionRuleTest {

    @Test
    void fourOfFiveDaysMeetsAnEightyPercentRuleButThreeDoNot() {
        CompletionRule rule = new CompletionRule(new BigDecimal("0.8"), null);
        assertEquals(Shortfall.NONE, rule.evaluate(5, 4, null), "4/5 = 0.8");
        assertEquals(Shortfall.ATTENDANCE, rule.evaluate(5, 3, null), "3/5 = 0.6");
    }

    @Test
    void twoOfThreeDaysMissATwoThirdsRuleRoundedUp() {
        // 0.6667 × 3 = 2.0001 days needed: 2 days fall short; the share is never rounded in the person's favour
        CompletionRule rule = new CompletionRule(new BigDecimal("0.6667"), null);
        assertEquals(Shortfall.ATTENDANCE, rule.evaluate(3, 2, null));
        assertEquals(Shortfall.NONE, new CompletionRule(new BigDecimal("0.6666"), null).evaluate(3, 2, null));
    }

    @Test
    void anExamNeedsAScoreAtLeastTheMinimum() {
        CompletionRule rule = new CompletionRule(BigDecimal.ONE, new BigDecimal("60"));
        assertEquals(Shortfall.EXAM_MISSING, rule.evaluate(2, 2, null));
        assertEquals(Shortfall.EXAM_SCORE, rule.evaluate(2, 2, new BigDecimal("59.5")));
        assertEquals(Shortfall.NONE, rule.evaluate(2, 2, new BigDecimal("60")));
        assertEquals(Shortfall.ATTENDANCE, rule.evaluate(2, 1, new BigDecimal("95")), "attendance is checked first");
    }

    @Test
    void aSessionWithoutDaysCompletesNobody() {
        assertEquals(Shortfall.NO_DAYS, new CompletionRule(BigDecimal.ZERO, null).evaluate(0, 0, null));
    }

    @Test
    void sharesOutsideZeroToOneAndScoresAboveAHundredAreRefused() {
        assertThrows(BusinessRuleException.class, () -> new CompletionRule(new BigDecimal("1.01"), null));
        assertThrows(BusinessRuleException.class, () -> new CompletionRule(new BigDecimal("-0.1"), null));
        assertThrows(BusinessRuleException.class, () -> new CompletionRule(BigDecimal.ONE, new BigDecimal("101")));
    }

    @Test
    void theShareIsShownToFourPlaces() {
        assertEquals(new BigDecimal("0.6667"), CompletionRule.share(3, 2));
        assertEquals(BigDecimal.ZERO, CompletionRule.share(0, 0));
    }
}
