package org.kaocheng.appraisal.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.kaocheng.appraisal.domain.Objection;
import org.kaocheng.appraisal.domain.ObjectionFile;
import org.kaocheng.appraisal.domain.ObjectionStatus;

/** An objection (申诉) as pages show it, with the files attached as evidence. */
public record ObjectionRow(
        Long id,
        int version,
        Long unitId,
        String unitName,
        Long indicatorId,
        String indicatorCode,
        String indicatorName,
        String evidence,
        String filedBy,
        LocalDateTime filedAt,
        ObjectionStatus status,
        String answer,
        String answeredBy,
        LocalDateTime answeredAt,
        List<AttachedFile> files)
        implements Serializable {

    /** A file's name and checksum as shown; downloaded by id through the service's access check. */
    public record AttachedFile(Long id, String name, long size, String sha256) implements Serializable {

        static AttachedFile of(ObjectionFile f) {
            return new AttachedFile(f.getId(), f.getDisplayName(), f.getSizeBytes(), f.getSha256());
        }
    }

    static ObjectionRow of(Objection o, List<AttachedFile> files) {
        return new ObjectionRow(
                o.getId(),
                o.getVersion(),
                o.getUnit().getId(),
                o.getUnit().getName(),
                o.getIndicator().getId(),
                o.getIndicator().getCode(),
                o.getIndicator().getName(),
                o.getEvidence(),
                o.getFiledBy(),
                o.getFiledAt(),
                o.getStatus(),
                o.getAnswer(),
                o.getAnsweredBy(),
                o.getAnsweredAt(),
                List.copyOf(files));
    }

    public boolean isOpen() {
        return status == ObjectionStatus.OPEN;
    }
}
