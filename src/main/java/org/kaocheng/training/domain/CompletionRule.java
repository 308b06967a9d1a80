package org.kaocheng.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.kaocheng.platform.BusinessRuleException;

/**
 * When a participant has completed a course: at least the required share of the session days
 * attended (present or late), and, if the course has an exam, at least the minimum score.
 */
@Embeddable
public class CompletionRule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why a participant did not complete. */
    public enum Shortfall {
        NONE,
        NO_DAYS,
        ATTENDANCE,
        EXAM_MISSING,
        EXAM_SCORE
    }

    @Column(name = "required_attendance")
    private BigDecimal requiredAttendance;

    @Column(name = "min_exam_score")
    private BigDecimal minExamScore;

    protected CompletionRule() {}

    /**
     * @param requiredAttendance share of days in [0, 1], e.g. 0.8
     * @param minExamScore       minimum score in [0, 100], or null for a course without an exam
     */
    public CompletionRule(BigDecimal requiredAttendance, BigDecimal minExamScore) {
        if (requiredAttendance == null
                || requiredAttendance.signum() < 0
                || requiredAttendance.compareTo(BigDecimal.ONE) > 0) {
            throw new BusinessRuleException("training.rule.attendanceShare");
        }
        if (minExamScore != null
                && (minExamScore.signum() < 0 || minExamScore.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new BusinessRuleException("training.rule.examScore");
        }
        this.requiredAttendance = requiredAttendance;
        this.minExamScore = minExamScore;
    }

    public BigDecimal getRequiredAttendance() {
        return requiredAttendance;
    }

    public BigDecimal getMinExamScore() {
        return minExamScore;
    }

    public boolean hasExam() {
        return minExamScore != null;
    }

    /**
     * Whether a participant who attended {@code attendedDays} of {@code totalDays} and scored
     * {@code examScore} (null: no score) completed; the first shortfall otherwise.
     */
    public Shortfall evaluate(int totalDays, int attendedDays, BigDecimal examScore) {
        if (totalDays <= 0) {
            return Shortfall.NO_DAYS;
        }
        // attended / total >= required  <=>  attended >= required * total (no rounding of the share)
        BigDecimal needed = requiredAttendance.multiply(BigDecimal.valueOf(totalDays));
        if (BigDecimal.valueOf(attendedDays).compareTo(needed) < 0) {
            return Shortfall.ATTENDANCE;
        }
        if (minExamScore != null) {
            if (examScore == null) {
                return Shortfall.EXAM_MISSING;
            }
            if (examScore.compareTo(minExamScore) < 0) {
                return Shortfall.EXAM_SCORE;
            }
        }
        return Shortfall.NONE;
    }

    /** The attendance share, rounded to 4 places, for display. */
    public static BigDecimal share(int totalDays, int attendedDays) {
        return totalDays <= 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(attendedDays).divide(BigDecimal.valueOf(totalDays), 4, RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompletionRule r
                && Objects.equals(requiredAttendance, r.requiredAttendance)
                && Objects.equals(minExamScore, r.minExamScore);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requiredAttendance, minExamScore);
    }
}
