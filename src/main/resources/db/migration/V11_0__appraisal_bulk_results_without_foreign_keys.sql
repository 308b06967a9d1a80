-- The computed rows of a run (metric values and indicator scores: ~14,000 and ~27,000 rows for a
-- city of 1,000 units) lose their foreign keys. Checking them cost PostgreSQL one lookup (and a
-- share lock on the run) per row and key: 1.4 s of a city's computation, more than every metric
-- query together. The rows are written only by ResultStore, in the transaction that creates or
-- recomputes their run, for the run's own units and indicators; a run's rows are deleted with it
-- (AppraisalService.deleteDraft; published runs are never deleted), indicators refuse deletion once scored, and units are closed, never
-- deleted. appraisal_unit_result (one row per unit) keeps its foreign keys.
-- Recreated rather than altered: the constraints' names differ between H2 and PostgreSQL.

CREATE TABLE appraisal_metric_value_new (
    run_id        BIGINT NOT NULL,
    metric_code   VARCHAR(60) NOT NULL,
    unit_id       BIGINT NOT NULL,
    metric_value  NUMERIC(18, 4) NOT NULL,
    CONSTRAINT pk_appraisal_metric_value PRIMARY KEY (run_id, metric_code, unit_id)
);
INSERT INTO appraisal_metric_value_new (run_id, metric_code, unit_id, metric_value)
    SELECT run_id, metric_code, unit_id, metric_value FROM appraisal_metric_value;
DROP TABLE appraisal_metric_value;
ALTER TABLE appraisal_metric_value_new RENAME TO appraisal_metric_value;

CREATE TABLE appraisal_indicator_score_new (
    run_id        BIGINT NOT NULL,
    unit_id       BIGINT NOT NULL,
    indicator_id  BIGINT NOT NULL,
    points        NUMERIC(7, 2) NOT NULL,
    score         NUMERIC(9, 2) NOT NULL,
    lost          NUMERIC(9, 2) NOT NULL,
    metric_value  NUMERIC(18, 4),
    veto          BOOLEAN NOT NULL,
    note          VARCHAR(24) NOT NULL,
    formula       VARCHAR(400) NOT NULL,
    CONSTRAINT pk_appraisal_indicator_score PRIMARY KEY (run_id, unit_id, indicator_id)
);
INSERT INTO appraisal_indicator_score_new
    (run_id, unit_id, indicator_id, points, score, lost, metric_value, veto, note, formula)
    SELECT run_id, unit_id, indicator_id, points, score, lost, metric_value, veto, note, formula
    FROM appraisal_indicator_score;
DROP TABLE appraisal_indicator_score;
ALTER TABLE appraisal_indicator_score_new RENAME TO appraisal_indicator_score;
