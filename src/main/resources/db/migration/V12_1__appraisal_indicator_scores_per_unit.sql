-- A unit's indicator scores become one JSON document on its result row (ScoreDocument) instead of
-- a row per unit and indicator: a city's computation wrote ~27,000 score rows (a fifth of its
-- time, and again at every adjustment, which rescores the run), while every reader wants one
-- unit's scores (its score sheet) or a page of units (the ranking's level-one columns).
-- appraisal_run_indicator keeps what the rows also answered: which indicators a run scored (an
-- indicator once scored cannot be deleted, SchemeService).
-- The scores of earlier runs are written in the same form here: an array of
-- {"i": indicator, "p": points, "s": score, "l": lost, "v": metric value or null, "x": veto,
--  "n": note, "f": formula}; formulas hold only figures and symbols, quotes and backslashes are
-- escaped all the same. (Ordered by indicator id here, which the readers do not depend on.)

ALTER TABLE appraisal_unit_result ADD COLUMN indicator_scores VARCHAR(1000000);

UPDATE appraisal_unit_result SET indicator_scores = (
    SELECT '[' || STRING_AGG(
        '{"i":' || CAST(s.indicator_id AS VARCHAR(20))
        || ',"p":' || CAST(s.points AS VARCHAR(30))
        || ',"s":' || CAST(s.score AS VARCHAR(30))
        || ',"l":' || CAST(s.lost AS VARCHAR(30))
        || ',"v":' || COALESCE(CAST(s.metric_value AS VARCHAR(40)), 'null')
        || ',"x":' || CASE WHEN s.veto THEN 'true' ELSE 'false' END
        || ',"n":"' || s.note
        || '","f":"' || REPLACE(REPLACE(s.formula, '\', '\\'), '"', '\"') || '"}',
        ',' ORDER BY s.indicator_id) || ']'
    FROM appraisal_indicator_score s
    WHERE s.run_id = appraisal_unit_result.run_id AND s.unit_id = appraisal_unit_result.unit_id);

UPDATE appraisal_unit_result SET indicator_scores = '[]' WHERE indicator_scores IS NULL;

ALTER TABLE appraisal_unit_result ALTER COLUMN indicator_scores SET NOT NULL;

CREATE TABLE appraisal_run_indicator (
    run_id        BIGINT NOT NULL REFERENCES appraisal_run (id) ON DELETE CASCADE,
    indicator_id  BIGINT NOT NULL REFERENCES appraisal_indicator (id),
    PRIMARY KEY (run_id, indicator_id)
);
INSERT INTO appraisal_run_indicator (run_id, indicator_id)
    SELECT DISTINCT run_id, indicator_id FROM appraisal_indicator_score;

DROP TABLE appraisal_indicator_score;
