-- Training (培训): course catalogue, sessions and their days, enrolments with a waitlist,
-- attendance per session day, completions with hours and certificate codes, induction
-- requirements of new postings. Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE SEQUENCE training_course_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE training_session_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE training_session_day_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE training_enrolment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE training_enrolment_event_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE training_attendance_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE training_completion_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE induction_requirement_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE training_course (
    id                   BIGINT PRIMARY KEY,
    version              INTEGER NOT NULL DEFAULT 0,
    title                VARCHAR(200) NOT NULL,
    course_level         VARCHAR(20) NOT NULL,
    organiser            VARCHAR(200) NOT NULL,
    course_type          VARCHAR(20) NOT NULL,
    hours                NUMERIC(5,1) NOT NULL,
    syllabus             VARCHAR(4000),
    induction            BOOLEAN NOT NULL DEFAULT FALSE,
    induction_due_days   INTEGER,
    required_attendance  NUMERIC(5,4) NOT NULL,
    min_exam_score       NUMERIC(5,1),
    active               BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT ck_training_course_level CHECK (course_level IN ('PROVINCE', 'CITY', 'DISTRICT')),
    CONSTRAINT ck_training_course_type CHECK (course_type IN ('IN_PERSON', 'ONLINE', 'VIDEO_CONFERENCE')),
    CONSTRAINT ck_training_course_hours CHECK (hours > 0),
    CONSTRAINT ck_training_course_attendance CHECK (required_attendance >= 0 AND required_attendance <= 1),
    CONSTRAINT ck_training_course_due CHECK (induction_due_days IS NULL OR induction_due_days > 0)
);

CREATE TABLE training_course_post_type (
    course_id  BIGINT NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
    post_type  VARCHAR(30) NOT NULL,
    PRIMARY KEY (course_id, post_type)
);

CREATE TABLE training_session (
    id                  BIGINT PRIMARY KEY,
    version             INTEGER NOT NULL DEFAULT 0,
    course_id           BIGINT NOT NULL REFERENCES training_course (id),
    place               VARCHAR(200),
    link                VARCHAR(400),
    trainer             VARCHAR(100),
    capacity            INTEGER NOT NULL,
    enrolment_deadline  DATE,
    status              VARCHAR(20) NOT NULL,
    starts_on           DATE NOT NULL,
    ends_on             DATE NOT NULL,
    CONSTRAINT ck_training_session_status CHECK (status IN ('PLANNED', 'OPEN', 'CLOSED', 'HELD', 'CANCELLED')),
    CONSTRAINT ck_training_session_capacity CHECK (capacity > 0),
    CONSTRAINT ck_training_session_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX ix_training_session_course ON training_session (course_id);
CREATE INDEX ix_training_session_dates ON training_session (starts_on, ends_on);

CREATE TABLE training_session_day (
    id          BIGINT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 0,
    session_id  BIGINT NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    session_date  DATE NOT NULL,
    starts_at   TIMESTAMP NOT NULL,
    ends_at     TIMESTAMP NOT NULL,
    CONSTRAINT uk_training_session_day UNIQUE (session_id, session_date),
    CONSTRAINT ck_training_session_day_times CHECK (ends_at > starts_at)
);

CREATE TABLE training_enrolment (
    id            BIGINT PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 0,
    session_id    BIGINT NOT NULL REFERENCES training_session (id),
    staff_id      BIGINT NOT NULL REFERENCES staff (id),
    unit_id       BIGINT NOT NULL REFERENCES unit (id),
    status        VARCHAR(20) NOT NULL,
    source        VARCHAR(20) NOT NULL,
    requested_at  TIMESTAMP NOT NULL,
    status_at     TIMESTAMP NOT NULL,
    exam_score    NUMERIC(5,1),
    CONSTRAINT uk_training_enrolment UNIQUE (session_id, staff_id),
    CONSTRAINT ck_training_enrolment_status CHECK (status IN ('NOMINATED', 'ENROLLED', 'WAITLISTED', 'CANCELLED', 'REJECTED')),
    CONSTRAINT ck_training_enrolment_source CHECK (source IN ('COORDINATOR', 'BULK', 'NOMINATION', 'IMPORT', 'INDUCTION')),
    CONSTRAINT ck_training_enrolment_score CHECK (exam_score IS NULL OR (exam_score >= 0 AND exam_score <= 100))
);
CREATE INDEX ix_training_enrolment_staff ON training_enrolment (staff_id);
CREATE INDEX ix_training_enrolment_session_status ON training_enrolment (session_id, status, requested_at);

-- What happened to an enrolment, in order: enrolled, put on the waitlist, moved up, cancelled.
CREATE TABLE training_enrolment_event (
    id            BIGINT PRIMARY KEY,
    enrolment_id  BIGINT NOT NULL REFERENCES training_enrolment (id),
    at            TIMESTAMP NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    username      VARCHAR(50) NOT NULL,
    detail        VARCHAR(200)
);
CREATE INDEX ix_training_enrolment_event ON training_enrolment_event (enrolment_id, at);

CREATE TABLE training_attendance (
    id              BIGINT PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 0,
    enrolment_id    BIGINT NOT NULL REFERENCES training_enrolment (id),
    session_day_id  BIGINT NOT NULL REFERENCES training_session_day (id) ON DELETE CASCADE,
    status          VARCHAR(20) NOT NULL,
    CONSTRAINT uk_training_attendance UNIQUE (enrolment_id, session_day_id),
    CONSTRAINT ck_training_attendance_status CHECK (status IN ('PRESENT', 'LATE', 'ABSENT', 'EXCUSED'))
);

CREATE TABLE training_completion (
    id                 BIGINT PRIMARY KEY,
    version            INTEGER NOT NULL DEFAULT 0,
    enrolment_id       BIGINT NOT NULL REFERENCES training_enrolment (id),
    staff_id           BIGINT NOT NULL REFERENCES staff (id),
    unit_id            BIGINT NOT NULL REFERENCES unit (id),
    course_id          BIGINT NOT NULL REFERENCES training_course (id),
    completed_on       DATE NOT NULL,
    completion_year    INTEGER NOT NULL,
    hours              NUMERIC(5,1) NOT NULL,
    induction          BOOLEAN NOT NULL,
    verification_code  VARCHAR(32) NOT NULL,
    CONSTRAINT uk_training_completion_enrolment UNIQUE (enrolment_id),
    CONSTRAINT uk_training_completion_code UNIQUE (verification_code)
);
CREATE INDEX ix_training_completion_staff_year ON training_completion (staff_id, completion_year);
CREATE INDEX ix_training_completion_course ON training_completion (course_id, completion_year);

CREATE TABLE induction_requirement (
    id             BIGINT PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 0,
    staff_id       BIGINT NOT NULL REFERENCES staff (id),
    unit_id        BIGINT NOT NULL REFERENCES unit (id),
    posting_id     BIGINT NOT NULL REFERENCES posting (id),
    post_type      VARCHAR(30) NOT NULL,
    posting_start  DATE NOT NULL,
    due_on         DATE NOT NULL,
    status         VARCHAR(20) NOT NULL,
    closed_on      DATE,
    completion_id  BIGINT REFERENCES training_completion (id),
    CONSTRAINT uk_induction_requirement_posting UNIQUE (posting_id),
    CONSTRAINT ck_induction_requirement_status CHECK (status IN ('OPEN', 'FULFILLED', 'SUPERSEDED')),
    CONSTRAINT ck_induction_requirement_due CHECK (due_on >= posting_start)
);
CREATE INDEX ix_induction_requirement_unit ON induction_requirement (unit_id, due_on);
CREATE INDEX ix_induction_requirement_staff ON induction_requirement (staff_id, status);

-- Days after a new posting by which induction is due when no induction course says otherwise.
INSERT INTO app_setting (setting_key, setting_value) VALUES ('training.induction.dueDays', '30');
-- Training hours a disclosure staff member should complete in a year (coverage, appraisal).
INSERT INTO app_setting (setting_key, setting_value) VALUES ('training.requiredHoursPerYear', '8');
