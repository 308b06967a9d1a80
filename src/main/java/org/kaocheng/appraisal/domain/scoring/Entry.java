package org.kaocheng.appraisal.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** An assessor's score for a manual indicator, or correction of an automatic one, with its reason. */
public record Entry(BigDecimal score, String reason) {

    public Entry {
        Objects.requireNonNull(score, "score");
    }
}
