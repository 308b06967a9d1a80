package org.kaocheng.training.application;

import java.math.BigDecimal;

/**
 * A year of training (for the work summary): sessions held (for a unit: those its staff completed),
 * people trained (distinct staff with a completion in the year), completions (人次) and their hours.
 */
public record TrainingYear(long sessionsHeld, long peopleTrained, long completions, BigDecimal hours)
        implements java.io.Serializable {

    public long getSessionsHeld() {
        return sessionsHeld;
    }

    public long getPeopleTrained() {
        return peopleTrained;
    }

    public long getCompletions() {
        return completions;
    }

    public BigDecimal getHours() {
        return hours;
    }
}
