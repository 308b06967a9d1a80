-- Registers of the annual work summary (年度政务公开工作总结): what no other capability records.
-- Press conferences and online interviews, responses to public concerns, publicity events,
-- reading points (查阅点) and what they served. One unit keeps each row. Portable SQL (H2, PostgreSQL).

CREATE SEQUENCE press_event_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE concern_response_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE publicity_event_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE reading_point_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE reading_point_entry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE press_event (
    id        BIGINT PRIMARY KEY,
    version   INTEGER NOT NULL DEFAULT 0,
    unit_id   BIGINT NOT NULL REFERENCES unit (id),
    held_on   DATE NOT NULL,
    kind      VARCHAR(20) NOT NULL,
    title     VARCHAR(300) NOT NULL,
    speakers  VARCHAR(500),
    CONSTRAINT ck_press_event_kind CHECK (kind IN ('PRESS_CONFERENCE', 'ONLINE_INTERVIEW'))
);
CREATE INDEX ix_press_event_unit_day ON press_event (unit_id, held_on);

CREATE TABLE concern_response (
    id            BIGINT PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 0,
    unit_id       BIGINT NOT NULL REFERENCES unit (id),
    responded_on  DATE NOT NULL,
    subject       VARCHAR(500) NOT NULL,
    channel       VARCHAR(20) NOT NULL,
    major         BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_concern_response_channel CHECK (channel IN ('WEBSITE', 'WEIBO', 'WECHAT', 'PRESS', 'MEDIA', 'HOTLINE', 'OTHER'))
);
CREATE INDEX ix_concern_response_unit_day ON concern_response (unit_id, responded_on);

CREATE TABLE publicity_event (
    id             BIGINT PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 0,
    unit_id        BIGINT NOT NULL REFERENCES unit (id),
    starts_on      DATE NOT NULL,
    ends_on        DATE NOT NULL,
    title          VARCHAR(300) NOT NULL,
    place          VARCHAR(200),
    online         BOOLEAN NOT NULL DEFAULT FALSE,
    consultations  INTEGER NOT NULL DEFAULT 0,
    brochures      INTEGER NOT NULL DEFAULT 0,
    online_views   BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT ck_publicity_event_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_publicity_event_counts CHECK (consultations >= 0 AND brochures >= 0 AND online_views >= 0)
);
CREATE INDEX ix_publicity_event_unit_day ON publicity_event (unit_id, starts_on);

CREATE TABLE reading_point (
    id         BIGINT PRIMARY KEY,
    version    INTEGER NOT NULL DEFAULT 0,
    unit_id    BIGINT NOT NULL REFERENCES unit (id),
    name       VARCHAR(200) NOT NULL,
    address    VARCHAR(300) NOT NULL,
    opened_on  DATE NOT NULL,
    closed_on  DATE,
    CONSTRAINT ck_reading_point_dates CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
CREATE INDEX ix_reading_point_unit ON reading_point (unit_id);

-- What a reading point served on a day, or in a whole month (served_on is then the month's first day).
CREATE TABLE reading_point_entry (
    id                BIGINT PRIMARY KEY,
    version           INTEGER NOT NULL DEFAULT 0,
    reading_point_id  BIGINT NOT NULL REFERENCES reading_point (id) ON DELETE CASCADE,
    served_on         DATE NOT NULL,
    whole_month       BOOLEAN NOT NULL DEFAULT FALSE,
    visits            INTEGER NOT NULL DEFAULT 0,
    copies            INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT ck_reading_point_entry_counts CHECK (visits >= 0 AND copies >= 0)
);
CREATE INDEX ix_reading_point_entry_point_day ON reading_point_entry (reading_point_id, served_on);
