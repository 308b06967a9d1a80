-- Disclosure records (issue 3): proactive items and their interpretations, applications and
-- their timelines, review cases, new-media accounts, CMS API tokens. Deadlines are never stored:
-- they are computed from calendar_day so that a schedule change moves every one of them.

CREATE SEQUENCE proactive_item_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE info_application_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE application_event_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE review_case_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE new_media_account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE new_media_update_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE proactive_item (
    id                   BIGINT PRIMARY KEY,
    version              INTEGER NOT NULL DEFAULT 0,
    unit_id              BIGINT NOT NULL REFERENCES unit (id),
    title                VARCHAR(500) NOT NULL,
    title_key            VARCHAR(500) NOT NULL,
    document_number      VARCHAR(100),
    document_number_key  VARCHAR(100),
    category             VARCHAR(100),
    normative            BOOLEAN NOT NULL DEFAULT FALSE,
    formed_on            DATE NOT NULL,
    published_on         DATE,
    channel              VARCHAR(10) NOT NULL,
    link                 VARCHAR(1000),
    external_id          VARCHAR(100),
    interpretation_of_id BIGINT REFERENCES proactive_item (id),
    not_duplicate        BOOLEAN NOT NULL DEFAULT FALSE,
    not_duplicate_by     VARCHAR(50),
    CONSTRAINT ck_proactive_item_channel CHECK (channel IN ('WEBSITE', 'WEIBO', 'WECHAT', 'OTHER')),
    CONSTRAINT ck_proactive_item_dates CHECK (published_on IS NULL OR published_on >= formed_on),
    CONSTRAINT uk_proactive_item_external UNIQUE (unit_id, external_id)
);
CREATE INDEX ix_proactive_item_unit_formed ON proactive_item (unit_id, formed_on);
CREATE INDEX ix_proactive_item_title_key ON proactive_item (title_key);
CREATE INDEX ix_proactive_item_docno_key ON proactive_item (document_number_key);
CREATE INDEX ix_proactive_item_interpretation ON proactive_item (interpretation_of_id);

CREATE TABLE info_application (
    id               BIGINT PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 0,
    unit_id          BIGINT NOT NULL REFERENCES unit (id),
    reference_no     VARCHAR(50),
    channel          VARCHAR(20) NOT NULL,
    submitted_on     DATE,
    signed_for_on    DATE,
    confirmed_on     DATE,
    received_on      DATE NOT NULL,
    applicant_type   VARCHAR(40) NOT NULL,
    applicant_name   VARCHAR(200) NOT NULL,
    applicant_id_no  VARCHAR(50),
    applicant_key    VARCHAR(200) NOT NULL,
    subject          VARCHAR(1000) NOT NULL,
    subject_key      VARCHAR(1000) NOT NULL,
    item_count       INTEGER NOT NULL DEFAULT 1,
    answered_on      DATE,
    outcome          VARCHAR(40),
    external_id      VARCHAR(100),
    CONSTRAINT ck_info_application_channel CHECK (channel IN ('IN_PERSON', 'REGISTERED_POST', 'ORDINARY_LETTER', 'INTERNET', 'FAX')),
    CONSTRAINT ck_info_application_answer CHECK (answered_on IS NULL OR answered_on >= received_on),
    CONSTRAINT ck_info_application_items CHECK (item_count >= 1),
    CONSTRAINT uk_info_application_external UNIQUE (unit_id, external_id)
);
CREATE INDEX ix_info_application_unit_received ON info_application (unit_id, received_on);
CREATE INDEX ix_info_application_applicant ON info_application (applicant_key, received_on);

-- A dated step of an application's timeline. CORRECTION: requested on start_date, corrected
-- application received on end_date. CONSULTATION and FEE: the clock stands still from
-- start_date to end_date (reply received / fee paid). EXTENSION: approved on start_date for
-- days more working days by approved_by.
CREATE TABLE application_event (
    id              BIGINT PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 0,
    application_id  BIGINT NOT NULL REFERENCES info_application (id) ON DELETE CASCADE,
    kind            VARCHAR(20) NOT NULL,
    start_date      DATE NOT NULL,
    end_date        DATE,
    days            INTEGER,
    approved_by     VARCHAR(100),
    amount          NUMERIC(12, 2),
    note            VARCHAR(500),
    CONSTRAINT ck_application_event_kind CHECK (kind IN ('CORRECTION', 'CONSULTATION', 'EXTENSION', 'FEE')),
    CONSTRAINT ck_application_event_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_application_event_app ON application_event (application_id, kind);

CREATE TABLE review_case (
    id              BIGINT PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 0,
    application_id  BIGINT NOT NULL REFERENCES info_application (id),
    kind            VARCHAR(40) NOT NULL,
    filed_on        DATE NOT NULL,
    decided_on      DATE,
    result          VARCHAR(20) NOT NULL,
    note            VARCHAR(500),
    CONSTRAINT ck_review_case_kind CHECK (kind IN ('RECONSIDERATION', 'LITIGATION_DIRECT', 'LITIGATION_AFTER_RECONSIDERATION')),
    CONSTRAINT ck_review_case_result CHECK (result IN ('UPHELD', 'CORRECTED', 'OTHER', 'PENDING'))
);
CREATE INDEX ix_review_case_app ON review_case (application_id);

CREATE TABLE new_media_account (
    id                BIGINT PRIMARY KEY,
    version           INTEGER NOT NULL DEFAULT 0,
    unit_id           BIGINT NOT NULL REFERENCES unit (id),
    platform          VARCHAR(20) NOT NULL,
    account_name      VARCHAR(200) NOT NULL,
    account_id        VARCHAR(200),
    operator_kind     VARCHAR(20) NOT NULL,
    operator_company  VARCHAR(200),
    opened_on         DATE NOT NULL,
    closed_on         DATE,
    filing_status     VARCHAR(20) NOT NULL,
    CONSTRAINT ck_new_media_platform CHECK (platform IN ('WEIBO', 'WECHAT', 'DOUYIN', 'TOUTIAO', 'KUAISHOU', 'BILIBILI', 'APP', 'OTHER')),
    CONSTRAINT ck_new_media_operator CHECK (operator_kind IN ('SELF', 'THIRD_PARTY')),
    CONSTRAINT ck_new_media_filing CHECK (filing_status IN ('NOT_FILED', 'FILED', 'CLOSURE_FILED')),
    CONSTRAINT ck_new_media_dates CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
CREATE INDEX ix_new_media_account_unit ON new_media_account (unit_id);

-- A day on which the account is known to have posted: entered per post, imported, or the
-- last-update date seen at a check.
CREATE TABLE new_media_update (
    id          BIGINT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    account_id  BIGINT NOT NULL REFERENCES new_media_account (id) ON DELETE CASCADE,
    updated_on  DATE NOT NULL,
    source      VARCHAR(10) NOT NULL,
    CONSTRAINT ck_new_media_update_source CHECK (source IN ('POST', 'CHECK', 'IMPORT')),
    CONSTRAINT uk_new_media_update UNIQUE (account_id, updated_on)
);

-- CMS integration tokens: only the SHA-256 of the secret is kept.
CREATE TABLE api_token (
    id          BIGINT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    unit_id     BIGINT NOT NULL REFERENCES unit (id),
    name        VARCHAR(100) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    issued_at   TIMESTAMP NOT NULL,
    issued_by   VARCHAR(50) NOT NULL,
    revoked_at  TIMESTAMP,
    last_used_at TIMESTAMP,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);

INSERT INTO app_setting (setting_key, setting_value) VALUES ('disclosure.proactive.workingDays', '20');
INSERT INTO app_setting (setting_key, setting_value) VALUES ('disclosure.interpretation.workingDays', '3');
INSERT INTO app_setting (setting_key, setting_value) VALUES ('disclosure.application.workingDays', '20');
INSERT INTO app_setting (setting_key, setting_value) VALUES ('disclosure.application.correctionWorkingDays', '7');
INSERT INTO app_setting (setting_key, setting_value) VALUES ('disclosure.application.maxExtensionWorkingDays', '20');
INSERT INTO app_setting (setting_key, setting_value) VALUES ('disclosure.application.dueSoonWorkingDays', '5');
INSERT INTO app_setting (setting_key, setting_value) VALUES ('disclosure.application.repeatWindowDays', '180');
INSERT INTO app_setting (setting_key, setting_value) VALUES ('disclosure.newMedia.vetoDays', '14');
INSERT INTO app_setting (setting_key, setting_value) VALUES ('disclosure.newMedia.zombieMonths', '3');
