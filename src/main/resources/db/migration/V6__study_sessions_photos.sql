-- Photos of activities (rule ACT14), kept in the database so every node and every backup has them. Study sessions
-- (rules ACT12, ACT13) need no new table: activity_attendance already keys attendance by day. Portable SQL for H2 2.x
-- and PostgreSQL 15 (BYTEA is an alias of BINARY VARYING on H2).

CREATE TABLE activity_photo (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    activity_id     BIGINT       NOT NULL REFERENCES activity (id),
    photo_type      VARCHAR(10)  NOT NULL,
    size_bytes      INTEGER      NOT NULL,
    content         BYTEA        NOT NULL,
    uploaded_by     VARCHAR(50)  NOT NULL,
    uploaded_at_utc TIMESTAMP    NOT NULL,
    CONSTRAINT ck_activity_photo_size CHECK (size_bytes > 0 AND size_bytes <= 5242880)
);
CREATE INDEX ix_activity_photo_activity ON activity_photo (activity_id);
