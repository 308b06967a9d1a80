package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.InfoApplication;
import org.kaocheng.disclosure.domain.ReceiptChannel;
import org.kaocheng.disclosure.domain.ReviewCase;
import org.kaocheng.disclosure.domain.ReviewCaseKind;
import org.kaocheng.disclosure.domain.ReviewResult;
import org.kaocheng.platform.BusinessRuleException;

/** Reconsideration and litigation cases carry the annual report's results; pending until decided. */
class ReviewCaseTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 4);

    private static InfoApplication application() {
        return new InfoApplication(
                null,
                ReceiptChannel.IN_PERSON,
                RECEIVED,
                null,
                null,
                ApplicantType.NATURAL_PERSON,
                "张三",
                null,
                "道路维修经费");
    }

    @Test
    void aNewCaseIsPendingUntilDecided() {
        ReviewCase c = new ReviewCase(application(), ReviewCaseKind.RECONSIDERATION, LocalDate.of(2024, 4, 20));
        assertEquals(ReviewResult.PENDING, c.getResult());
        c.decide(ReviewResult.CORRECTED, LocalDate.of(2024, 6, 1));
        assertEquals(ReviewResult.CORRECTED, c.getResult());
        c.decide(ReviewResult.PENDING, null);
        assertNull(c.getDecidedOn(), "reopened");
    }

    @Test
    void aCaseCannotPrecedeItsApplicationNorBeDecidedBeforeFiledOrWithoutADate() {
        assertThrows(
                BusinessRuleException.class,
                () -> new ReviewCase(application(), ReviewCaseKind.LITIGATION_DIRECT, RECEIVED.minusDays(1)));
        ReviewCase c = new ReviewCase(
                application(), ReviewCaseKind.LITIGATION_AFTER_RECONSIDERATION, LocalDate.of(2024, 5, 1));
        assertThrows(BusinessRuleException.class, () -> c.decide(ReviewResult.UPHELD, null));
        assertThrows(BusinessRuleException.class, () -> c.decide(ReviewResult.UPHELD, LocalDate.of(2024, 4, 30)));
    }
}
