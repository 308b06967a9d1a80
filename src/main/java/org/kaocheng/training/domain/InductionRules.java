package org.kaocheng.training.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kaocheng.staff.domain.PostType;

/** Which postings owe induction training, when it is due, and when it counts as overdue. */
public final class InductionRules {

    /** Post types whose every new posting (appointment, transfer arrival, concurrent post) owes induction. */
    public static final Set<PostType> INDUCTED = EnumSet.of(PostType.DESIGNATED_OFFICER, PostType.FULL_TIME);

    private InductionRules() {}

    public static boolean owesInduction(PostType postType) {
        return INDUCTED.contains(postType);
    }

    /**
     * The due date of a posting's induction: the posting start plus the smallest deadline that an
     * active induction course sets, or the setting's days when no course sets one. Calendar days:
     * "within N days" of a posting starting on D is due on D + N.
     */
    public static LocalDate dueDate(LocalDate postingStart, Collection<Integer> courseDueDays, int settingDays) {
        int days = courseDueDays.stream()
                .filter(Objects::nonNull)
                .filter(d -> d > 0)
                .min(Integer::compare)
                .orElse(settingDays);
        return postingStart.plusDays(Math.max(0, days));
    }

    /**
     * Overdue on {@code day}: the due date has passed, and the requirement was not closed
     * (fulfilled or superseded) by its due date. A requirement fulfilled late stays counted as
     * overdue: it was not trained in time.
     */
    public static boolean overdue(LocalDate dueOn, InductionStatus status, LocalDate closedOn, LocalDate day) {
        if (!dueOn.isBefore(day)) {
            return false;
        }
        boolean closedInTime = status != InductionStatus.OPEN && closedOn != null && !closedOn.isAfter(dueOn);
        return !closedInTime;
    }
}
