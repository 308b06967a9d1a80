package org.kaocheng.training.domain;

import org.kaocheng.platform.Labelled;

/** An induction requirement is open until fulfilled, or superseded by a later posting elsewhere. */
public enum InductionStatus implements Labelled {
    OPEN,
    FULFILLED,
    SUPERSEDED;

    @Override
    public String labelKey() {
        return "training.induction." + name();
    }
}
