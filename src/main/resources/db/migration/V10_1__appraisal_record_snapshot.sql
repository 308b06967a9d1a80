-- The records behind a published run's scores, as they were at publication: a published sheet
-- keeps explaining its points with the same late items and untrained staff even when those
-- records are corrected later. A revision starts from its predecessor's snapshot.
CREATE TABLE appraisal_snapshot_run (
    run_id    BIGINT PRIMARY KEY REFERENCES appraisal_run (id) ON DELETE CASCADE,
    taken_at  TIMESTAMP NOT NULL
);

CREATE TABLE appraisal_record_snapshot (
    run_id       BIGINT NOT NULL REFERENCES appraisal_run (id) ON DELETE CASCADE,
    unit_id      BIGINT NOT NULL REFERENCES unit (id),
    metric_code  VARCHAR(60) NOT NULL,
    seq          INTEGER NOT NULL,
    record_type  VARCHAR(80) NOT NULL,
    record_id    BIGINT,
    label        VARCHAR(1000) NOT NULL,
    detail       VARCHAR(1000),
    link         VARCHAR(1000),
    PRIMARY KEY (run_id, unit_id, metric_code, seq)
);
