-- Files a unit attaches to its objection (申诉) as evidence. The files themselves are kept by
-- the self-check evidence store (outside the webroot, checked by content, SHA-256 recorded);
-- rows are never changed, a wrong file is answered by the assessor like any other evidence.
CREATE SEQUENCE appraisal_objection_file_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE appraisal_objection_file (
    id            BIGINT PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 0,
    objection_id  BIGINT NOT NULL REFERENCES appraisal_objection (id),
    display_name  VARCHAR(200) NOT NULL,
    stored_name   VARCHAR(200) NOT NULL,
    file_type     VARCHAR(10) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        CHAR(64) NOT NULL,
    uploaded_by   VARCHAR(50) NOT NULL,
    uploaded_at   TIMESTAMP NOT NULL,
    CONSTRAINT uq_appraisal_objection_file_stored UNIQUE (stored_name)
);
CREATE INDEX ix_appraisal_objection_file_objection ON appraisal_objection_file (objection_id);
