-- Statutory annual report on government information disclosure (国办公开办函〔2021〕30号):
-- only what no other capability records. annual_register holds a unit's figures of section 二
-- that are not kept elsewhere (规章, 行政规范性文件 repealed/in force, 行政许可/处罚/强制 decisions,
-- fees) and its text sections 一, 五, 六; annual_district_text the district report's own texts.
-- Everything else in the report is computed from the disclosure records.

CREATE SEQUENCE annual_register_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE annual_district_text_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE annual_register (
    id                     BIGINT PRIMARY KEY,
    version                INTEGER NOT NULL DEFAULT 0,
    unit_id                BIGINT NOT NULL REFERENCES unit (id),
    report_year            INTEGER NOT NULL,
    rules_issued           INTEGER NOT NULL DEFAULT 0,
    rules_repealed         INTEGER NOT NULL DEFAULT 0,
    rules_in_force         INTEGER NOT NULL DEFAULT 0,
    normative_repealed     INTEGER NOT NULL DEFAULT 0,
    normative_in_force     INTEGER NOT NULL DEFAULT 0,
    licensing_decisions    INTEGER NOT NULL DEFAULT 0,
    penalty_decisions      INTEGER NOT NULL DEFAULT 0,
    enforcement_decisions  INTEGER NOT NULL DEFAULT 0,
    fee_amount             NUMERIC(14, 4) NOT NULL DEFAULT 0,
    overview               VARCHAR(8000),
    problems               VARCHAR(8000),
    other_matters          VARCHAR(8000),
    CONSTRAINT uq_annual_register UNIQUE (unit_id, report_year),
    CONSTRAINT ck_annual_register_year CHECK (report_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_annual_register_figures CHECK (rules_issued >= 0 AND rules_repealed >= 0 AND rules_in_force >= 0
        AND normative_repealed >= 0 AND normative_in_force >= 0 AND licensing_decisions >= 0
        AND penalty_decisions >= 0 AND enforcement_decisions >= 0 AND fee_amount >= 0)
);
CREATE INDEX ix_annual_register_year ON annual_register (report_year);

CREATE TABLE annual_district_text (
    id             BIGINT PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 0,
    report_year    INTEGER NOT NULL,
    overview       VARCHAR(8000),
    problems       VARCHAR(8000),
    other_matters  VARCHAR(8000),
    CONSTRAINT uq_annual_district_text UNIQUE (report_year),
    CONSTRAINT ck_annual_district_text_year CHECK (report_year BETWEEN 2000 AND 2100)
);
