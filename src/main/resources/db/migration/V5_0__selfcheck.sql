-- Self-checks (自查): versioned checklist templates, campaigns, each unit's self-check with its
-- answers per item, the history of every round, and evidence (files kept outside the webroot,
-- or links). Written once for H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE SEQUENCE checklist_template_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE checklist_section_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE checklist_item_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE sc_campaign_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE self_check_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE self_check_answer_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE self_check_event_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE sc_evidence_seq START WITH 1000 INCREMENT BY 50;

-- One row per version of a template; a version used by a campaign is frozen and never changes.
CREATE TABLE checklist_template (
    id           BIGINT PRIMARY KEY,
    version      INTEGER NOT NULL DEFAULT 0,
    family_code  VARCHAR(32) NOT NULL,
    version_no   INTEGER NOT NULL,
    title        VARCHAR(200) NOT NULL,
    description  VARCHAR(2000),
    frozen       BOOLEAN NOT NULL DEFAULT FALSE,
    derived_from BIGINT REFERENCES checklist_template (id),
    created_at   TIMESTAMP NOT NULL,
    created_by   VARCHAR(50) NOT NULL,
    CONSTRAINT uk_checklist_template_version UNIQUE (family_code, version_no)
);

CREATE TABLE checklist_section (
    id           BIGINT PRIMARY KEY,
    version      INTEGER NOT NULL DEFAULT 0,
    template_id  BIGINT NOT NULL REFERENCES checklist_template (id),
    seq          INTEGER NOT NULL,
    title        VARCHAR(200) NOT NULL
);
CREATE INDEX ix_checklist_section_template ON checklist_section (template_id);

CREATE TABLE checklist_item (
    id                 BIGINT PRIMARY KEY,
    version            INTEGER NOT NULL DEFAULT 0,
    section_id         BIGINT NOT NULL REFERENCES checklist_section (id),
    seq                INTEGER NOT NULL,
    code               VARCHAR(20) NOT NULL,
    question           VARCHAR(500) NOT NULL,
    guidance           VARCHAR(2000),
    answer_kind        VARCHAR(10) NOT NULL,
    choices            VARCHAR(1000),
    evidence_required  BOOLEAN NOT NULL DEFAULT FALSE,
    points             NUMERIC(7,2) NOT NULL,
    CONSTRAINT ck_checklist_item_kind CHECK (answer_kind IN ('YES_NO', 'NUMBER', 'TEXT', 'CHOICE')),
    CONSTRAINT ck_checklist_item_points CHECK (points >= 0)
);
CREATE INDEX ix_checklist_item_section ON checklist_item (section_id);

CREATE TABLE sc_campaign (
    id                BIGINT PRIMARY KEY,
    version           INTEGER NOT NULL DEFAULT 0,
    template_id       BIGINT NOT NULL REFERENCES checklist_template (id),
    title             VARCHAR(200) NOT NULL,
    period_label      VARCHAR(40) NOT NULL,
    target_kind       VARCHAR(10) NOT NULL,
    ranking_group_id  BIGINT REFERENCES ranking_group (id),
    opens_on          DATE NOT NULL,
    closes_on         DATE NOT NULL,
    status            VARCHAR(10) NOT NULL,
    opened_at         TIMESTAMP,
    created_by        VARCHAR(50) NOT NULL,
    CONSTRAINT ck_sc_campaign_dates CHECK (closes_on >= opens_on),
    CONSTRAINT ck_sc_campaign_target CHECK (target_kind IN ('ALL', 'GROUP', 'UNITS')),
    CONSTRAINT ck_sc_campaign_status CHECK (status IN ('DRAFT', 'OPEN'))
);
CREATE INDEX ix_sc_campaign_closes ON sc_campaign (closes_on);

-- The units a campaign of target kind UNITS goes to.
CREATE TABLE sc_campaign_unit (
    campaign_id  BIGINT NOT NULL REFERENCES sc_campaign (id),
    unit_id      BIGINT NOT NULL REFERENCES unit (id),
    PRIMARY KEY (campaign_id, unit_id)
);

CREATE TABLE self_check (
    id                BIGINT PRIMARY KEY,
    version           INTEGER NOT NULL DEFAULT 0,
    campaign_id       BIGINT NOT NULL REFERENCES sc_campaign (id),
    unit_id           BIGINT NOT NULL REFERENCES unit (id),
    status            VARCHAR(12) NOT NULL,
    round_no          INTEGER NOT NULL DEFAULT 0,
    first_submitted_at TIMESTAMP,
    last_submitted_at TIMESTAMP,
    late              BOOLEAN NOT NULL DEFAULT FALSE,
    reopened_until    DATE,
    reminded_at       TIMESTAMP,
    reminder_message  VARCHAR(500),
    CONSTRAINT uk_self_check_unit UNIQUE (campaign_id, unit_id),
    CONSTRAINT ck_self_check_status CHECK (status IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED'))
);
CREATE INDEX ix_self_check_unit ON self_check (unit_id);

CREATE TABLE self_check_answer (
    id                 BIGINT PRIMARY KEY,
    version            INTEGER NOT NULL DEFAULT 0,
    self_check_id      BIGINT NOT NULL REFERENCES self_check (id),
    item_id            BIGINT NOT NULL REFERENCES checklist_item (id),
    status             VARCHAR(12) NOT NULL,
    yes_no             BOOLEAN,
    number_value       NUMERIC(16,2),
    text_value         VARCHAR(4000),
    choice_value       VARCHAR(200),
    provisional_score  NUMERIC(7,2),
    review_comment     VARCHAR(1000),
    changed_at         TIMESTAMP,
    changed_by         VARCHAR(50),
    CONSTRAINT uk_self_check_answer_item UNIQUE (self_check_id, item_id),
    CONSTRAINT ck_self_check_answer_status CHECK (status IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED'))
);
CREATE INDEX ix_self_check_answer_item ON self_check_answer (item_id);

-- Every round kept: who did what, when, with which comment, and the answer at that moment.
-- Append-only.
CREATE TABLE self_check_event (
    id             BIGINT PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 0,
    self_check_id  BIGINT NOT NULL REFERENCES self_check (id),
    answer_id      BIGINT REFERENCES self_check_answer (id),
    round_no       INTEGER NOT NULL,
    action         VARCHAR(12) NOT NULL,
    actor          VARCHAR(50) NOT NULL,
    at             TIMESTAMP NOT NULL,
    comment_text   VARCHAR(1000),
    answer_text    VARCHAR(4000),
    score          NUMERIC(7,2)
);
CREATE INDEX ix_self_check_event_check ON self_check_event (self_check_id);
CREATE INDEX ix_self_check_event_answer ON self_check_event (answer_id);

-- Evidence: a stored file (under a generated name, never overwritten) or a link.
CREATE TABLE sc_evidence (
    id             BIGINT PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 0,
    answer_id      BIGINT NOT NULL REFERENCES self_check_answer (id),
    unit_id        BIGINT NOT NULL REFERENCES unit (id),
    kind           VARCHAR(4) NOT NULL,
    display_name   VARCHAR(255) NOT NULL,
    stored_name    VARCHAR(100),
    file_type      VARCHAR(10),
    size_bytes     BIGINT,
    sha256         VARCHAR(64),
    url            VARCHAR(1000),
    uploaded_at    TIMESTAMP NOT NULL,
    uploaded_by    VARCHAR(50) NOT NULL,
    replaces_id    BIGINT REFERENCES sc_evidence (id),
    superseded     BOOLEAN NOT NULL DEFAULT FALSE,
    withdrawn      BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_sc_evidence_stored UNIQUE (stored_name),
    CONSTRAINT ck_sc_evidence_kind CHECK (kind IN ('FILE', 'LINK'))
);
CREATE INDEX ix_sc_evidence_answer ON sc_evidence (answer_id);
CREATE INDEX ix_sc_evidence_unit ON sc_evidence (unit_id);

-- Largest evidence file accepted, in bytes (20 MB).
INSERT INTO app_setting (setting_key, setting_value) VALUES ('selfcheck.evidence.maxBytes', '20971520');
