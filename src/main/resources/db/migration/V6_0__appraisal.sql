-- Appraisal (目标责任制考核): schemes with their indicator tree, runs with their stored results,
-- assessor adjustments and unit objections. Portable H2 (MODE=PostgreSQL) / PostgreSQL SQL.

CREATE SEQUENCE appraisal_scheme_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE appraisal_indicator_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE appraisal_run_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE appraisal_adjustment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE appraisal_objection_seq START WITH 1000 INCREMENT BY 50;

-- A scheme: period, grade thresholds, quota on 优秀 (per cent of a group, NULL = no quota),
-- working days units have to object once a run is under review.
CREATE TABLE appraisal_scheme (
    id               BIGINT PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 0,
    name             VARCHAR(200) NOT NULL,
    period_from      DATE NOT NULL,
    period_to        DATE NOT NULL,
    status           VARCHAR(10) NOT NULL,
    copied_from_id   BIGINT REFERENCES appraisal_scheme (id),
    excellent_min    NUMERIC(7, 2) NOT NULL,
    good_min         NUMERIC(7, 2) NOT NULL,
    pass_min         NUMERIC(7, 2) NOT NULL,
    excellent_quota  NUMERIC(5, 2),
    objection_days   INTEGER NOT NULL,
    CONSTRAINT uk_appraisal_scheme_name UNIQUE (name),
    CONSTRAINT ck_appraisal_scheme_status CHECK (status IN ('DRAFT', 'FROZEN')),
    CONSTRAINT ck_appraisal_scheme_period CHECK (period_to >= period_from)
);

CREATE TABLE appraisal_scheme_group (
    scheme_id         BIGINT NOT NULL REFERENCES appraisal_scheme (id) ON DELETE CASCADE,
    ranking_group_id  BIGINT NOT NULL REFERENCES ranking_group (id),
    PRIMARY KEY (scheme_id, ranking_group_id)
);

-- One node of the indicator tree (一级/二级/三级指标). Leaves carry a rule; the rule's
-- parameters are columns so that a scheme is data: which metric, floor, deduction per
-- occurrence, veto threshold, tier bands ("bound:points;bound:points"), bonus threshold.
CREATE TABLE appraisal_indicator (
    id               BIGINT PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 0,
    scheme_id        BIGINT NOT NULL REFERENCES appraisal_scheme (id),
    parent_id        BIGINT REFERENCES appraisal_indicator (id),
    code             VARCHAR(32) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    description      VARCHAR(1000),
    indicator_level  INTEGER NOT NULL,
    sort_order       INTEGER NOT NULL,
    points           NUMERIC(7, 2) NOT NULL,
    rule_kind        VARCHAR(12),
    metric_code      VARCHAR(60),
    rate_floor       NUMERIC(9, 4),
    per_occurrence   NUMERIC(9, 4),
    veto_threshold   NUMERIC(14, 4),
    tiers            VARCHAR(500),
    lower_is_better  BOOLEAN NOT NULL DEFAULT FALSE,
    total_threshold  NUMERIC(7, 2),
    CONSTRAINT uk_appraisal_indicator_code UNIQUE (scheme_id, code),
    CONSTRAINT ck_appraisal_indicator_level CHECK (indicator_level BETWEEN 1 AND 3),
    CONSTRAINT ck_appraisal_indicator_points CHECK (points >= 0),
    CONSTRAINT ck_appraisal_indicator_rule CHECK (rule_kind IS NULL
        OR rule_kind IN ('RATE', 'DEDUCTION', 'TIERS', 'VETO', 'MANUAL', 'BONUS'))
);
CREATE INDEX ix_appraisal_indicator_scheme ON appraisal_indicator (scheme_id, indicator_level, sort_order);
CREATE INDEX ix_appraisal_indicator_parent ON appraisal_indicator (parent_id);

-- A computation of a scheme for a period, and its workflow. A published run is locked; a
-- revision is a new run pointing at the one it replaces.
CREATE TABLE appraisal_run (
    id                  BIGINT PRIMARY KEY,
    version             INTEGER NOT NULL DEFAULT 0,
    scheme_id           BIGINT NOT NULL REFERENCES appraisal_scheme (id),
    period_from         DATE NOT NULL,
    period_to           DATE NOT NULL,
    revision            INTEGER NOT NULL,
    previous_run_id     BIGINT REFERENCES appraisal_run (id),
    revision_reason     VARCHAR(1000),
    status              VARCHAR(15) NOT NULL,
    superseded          BOOLEAN NOT NULL DEFAULT FALSE,
    computed_at         TIMESTAMP NOT NULL,
    computed_by         VARCHAR(50) NOT NULL,
    review_started_on   DATE,
    objection_deadline  DATE,
    published_at        TIMESTAMP,
    published_by        VARCHAR(50),
    CONSTRAINT ck_appraisal_run_status CHECK (status IN ('DRAFT', 'UNDER_REVIEW', 'PUBLISHED'))
);
CREATE INDEX ix_appraisal_run_scheme ON appraisal_run (scheme_id);

-- Computed data below is written by SQL in bulk (not entities): which metrics had a source,
-- the metric values fetched (one aggregate per metric), and the scores.
CREATE TABLE appraisal_run_metric (
    run_id       BIGINT NOT NULL REFERENCES appraisal_run (id) ON DELETE CASCADE,
    metric_code  VARCHAR(60) NOT NULL,
    available    BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, metric_code)
);

CREATE TABLE appraisal_metric_value (
    run_id        BIGINT NOT NULL REFERENCES appraisal_run (id) ON DELETE CASCADE,
    metric_code   VARCHAR(60) NOT NULL,
    unit_id       BIGINT NOT NULL REFERENCES unit (id),
    metric_value  NUMERIC(18, 4) NOT NULL,
    PRIMARY KEY (run_id, metric_code, unit_id)
);

CREATE TABLE appraisal_unit_result (
    run_id            BIGINT NOT NULL REFERENCES appraisal_run (id) ON DELETE CASCADE,
    unit_id           BIGINT NOT NULL REFERENCES unit (id),
    ranking_group_id  BIGINT REFERENCES ranking_group (id),
    base_total        NUMERIC(9, 2) NOT NULL,
    bonus_total       NUMERIC(9, 2) NOT NULL,
    total             NUMERIC(9, 2) NOT NULL,
    veto_count        INTEGER NOT NULL,
    rank_no           INTEGER NOT NULL,
    position_no       INTEGER NOT NULL,
    grade             VARCHAR(10) NOT NULL,
    PRIMARY KEY (run_id, unit_id)
);
CREATE INDEX ix_appraisal_unit_result_rank ON appraisal_unit_result (run_id, ranking_group_id, position_no);

CREATE TABLE appraisal_indicator_score (
    run_id        BIGINT NOT NULL REFERENCES appraisal_run (id) ON DELETE CASCADE,
    unit_id       BIGINT NOT NULL REFERENCES unit (id),
    indicator_id  BIGINT NOT NULL REFERENCES appraisal_indicator (id),
    points        NUMERIC(7, 2) NOT NULL,
    score         NUMERIC(9, 2) NOT NULL,
    lost          NUMERIC(9, 2) NOT NULL,
    metric_value  NUMERIC(18, 4),
    veto          BOOLEAN NOT NULL,
    note          VARCHAR(24) NOT NULL,
    formula       VARCHAR(400) NOT NULL,
    PRIMARY KEY (run_id, unit_id, indicator_id)
);

-- Assessor adjustments: a manual score or a correction of an automatic one, always with a
-- reason; one per run, unit and indicator (changing it is an audited update).
CREATE TABLE appraisal_adjustment (
    id            BIGINT PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 0,
    run_id        BIGINT NOT NULL REFERENCES appraisal_run (id),
    unit_id       BIGINT NOT NULL REFERENCES unit (id),
    indicator_id  BIGINT NOT NULL REFERENCES appraisal_indicator (id),
    score         NUMERIC(9, 2) NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    adjusted_by   VARCHAR(50) NOT NULL,
    adjusted_at   TIMESTAMP NOT NULL,
    CONSTRAINT uk_appraisal_adjustment UNIQUE (run_id, unit_id, indicator_id)
);

-- A unit's objection (申诉) to one indicator of its provisional sheet, and the answer.
CREATE TABLE appraisal_objection (
    id            BIGINT PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 0,
    run_id        BIGINT NOT NULL REFERENCES appraisal_run (id),
    unit_id       BIGINT NOT NULL REFERENCES unit (id),
    indicator_id  BIGINT NOT NULL REFERENCES appraisal_indicator (id),
    evidence      VARCHAR(4000) NOT NULL,
    filed_by      VARCHAR(50) NOT NULL,
    filed_at      TIMESTAMP NOT NULL,
    status        VARCHAR(10) NOT NULL,
    answer        VARCHAR(4000),
    answered_by   VARCHAR(50),
    answered_at   TIMESTAMP,
    CONSTRAINT ck_appraisal_objection_status CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED'))
);
CREATE INDEX ix_appraisal_objection_run ON appraisal_objection (run_id, status);
