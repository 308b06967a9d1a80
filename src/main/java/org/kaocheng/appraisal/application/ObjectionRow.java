package org.kaocheng.appraisal.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.kaocheng.appraisal.domain.Objection;
import org.kaocheng.appraisal.domain.ObjectionStatus;

/** An objection (申诉) as pages show it. */
public record ObjectionRow(Long id, int version, Long unitId, String unitName, Long indicatorId, String indicatorCode,
        String indicatorName, String evidence, String filedBy, LocalDateTime filedAt, ObjectionStatus status,
        String answer, String answeredBy, LocalDateTime answeredAt) implements Serializable {

    static ObjectionRow of(Objection o) {
        return new ObjectionRow(o.getId(), o.getVersion(), o.getUnit().getId(), o.getUnit().getName(),
                o.getIndicator().getId(), o.getIndicator().getCode(), o.getIndicator().getName(), o.getEvidence(),
                o.getFiledBy(), o.getFiledAt(), o.getStatus(), o.getAnswer(), o.getAnsweredBy(), o.getAnsweredAt());
    }

    public boolean isOpen() {
        return status == ObjectionStatus.OPEN;
    }
}
