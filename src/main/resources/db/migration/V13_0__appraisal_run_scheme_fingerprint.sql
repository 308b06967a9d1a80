-- A run keeps a digest of the scheme's rules it was computed with (SchemeSpec.fingerprint()), so
-- that a draft whose scheme was edited afterwards says so, and is neither adjusted, reviewed nor
-- published on rules the scheme no longer has until it is computed again. Runs computed before
-- this migration have none (no warning for them).
ALTER TABLE appraisal_run ADD COLUMN scheme_fingerprint VARCHAR(64);
