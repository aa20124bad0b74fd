-- Issue 14: a merge moves the members (rule M21), recorded as transfers marked by_merge; a term's expiry may be
-- postponed or brought forward by at most one year with approval (rule O14), each change kept here.
-- Portable SQL for H2 2.x and PostgreSQL 15.

ALTER TABLE member_transfer ADD COLUMN by_merge BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE term_expiry_change (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    term_id        BIGINT       NOT NULL REFERENCES term (id),
    old_expires_on DATE         NOT NULL,
    new_expires_on DATE         NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    approved_on    DATE         NOT NULL,
    changed_by     VARCHAR(60)  NOT NULL,
    changed_at_utc TIMESTAMP    NOT NULL
);
CREATE INDEX ix_term_expiry_change_term ON term_expiry_change (term_id);
