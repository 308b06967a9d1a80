package org.kaocheng.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaocheng.staff.domain.PostType;

class InductionRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 20);

    @Test
    void onlyDesignatedOfficersAndFullTimeStaffOweInduction() {
        assertTrue(InductionRules.owesInduction(PostType.DESIGNATED_OFFICER));
        assertTrue(InductionRules.owesInduction(PostType.FULL_TIME));
        assertFalse(InductionRules.owesInduction(PostType.PART_TIME));
        assertFalse(InductionRules.owesInduction(PostType.LEADER_IN_CHARGE));
        assertFalse(InductionRules.owesInduction(PostType.NEW_MEDIA_ADMIN));
    }

    @Test
    void withoutACourseDeadlineTheSettingCountsCalendarDays() {
        // 2026-01-20 + 30 days: 11 days left in January, 19 in February → 2026-02-19
        assertEquals(LocalDate.of(2026, 2, 19), InductionRules.dueDate(START, List.of(), 30));
        assertEquals(LocalDate.of(2026, 2, 19), InductionRules.dueDate(START, Arrays.asList((Integer) null), 30));
    }

    @Test
    void theStrictestInductionCourseDeadlineWins() {
        // 20 days: 2026-02-09; the 45-day course and the 30-day setting give way
        assertEquals(LocalDate.of(2026, 2, 9), InductionRules.dueDate(START, List.of(45, 20), 30));
    }

    @Test
    void dueDatesCrossTheYearEnd() {
        // 2025-12-15 + 30: 16 days left in December, 14 in January → 2026-01-14
        assertEquals(LocalDate.of(2026, 1, 14), InductionRules.dueDate(LocalDate.of(2025, 12, 15), List.of(), 30));
    }

    @Test
    void anOpenRequirementIsOverdueTheDayAfterItsDueDate() {
        LocalDate due = LocalDate.of(2026, 2, 19);
        assertFalse(InductionRules.overdue(due, InductionStatus.OPEN, null, due), "still the due day");
        assertTrue(InductionRules.overdue(due, InductionStatus.OPEN, null, due.plusDays(1)));
    }

    @Test
    void fulfilledInTimeIsNeverOverdueButFulfilledLateStaysOverdue() {
        LocalDate due = LocalDate.of(2026, 2, 19);
        assertFalse(InductionRules.overdue(due, InductionStatus.FULFILLED, due, due.plusDays(60)));
        assertTrue(InductionRules.overdue(due, InductionStatus.FULFILLED, due.plusDays(1), due.plusDays(60)));
        assertFalse(
                InductionRules.overdue(due, InductionStatus.SUPERSEDED, due.minusDays(3), due.plusDays(60)),
                "moved to another unit before it was due");
    }
}
