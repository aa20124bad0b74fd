-- The "光荣在党50年" medal and the honors (issue 6). Portable SQL for H2 2.x and PostgreSQL 15.
-- The medal's candidates are never stored: they are computed from the members whenever asked. A nomination row is
-- written at the first decision on a candidate (the branch confirms or excludes) and follows the workflow to the
-- award. awarded_member_id is set only once the medal is awarded: its UNIQUE constraint (NULLs allowed) makes the
-- medal once in a lifetime even against two awards committed at the same moment.

CREATE TABLE medal_nomination (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    medal_year           INTEGER       NOT NULL,
    member_id            BIGINT        NOT NULL REFERENCES member (id),
    standing_start       DATE          NOT NULL,
    standing_years       INTEGER       NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    reason               VARCHAR(500),
    decided_by           VARCHAR(60)   NOT NULL,
    decided_on           DATE          NOT NULL,
    approved_by          VARCHAR(60),
    approved_on          DATE,
    awarded_by           VARCHAR(60),
    awarded_on           DATE,
    note                 VARCHAR(500),
    awarded_member_id    BIGINT,
    CONSTRAINT uq_medal_nomination UNIQUE (medal_year, member_id),
    CONSTRAINT uq_medal_awarded UNIQUE (awarded_member_id)
);
CREATE INDEX ix_medal_nomination_member ON medal_nomination (member_id);
CREATE INDEX ix_medal_nomination_year ON medal_nomination (medal_year, state);

CREATE TABLE honor (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    honor_level      VARCHAR(20)   NOT NULL,
    honor_year       INTEGER       NOT NULL,
    member_id        BIGINT        REFERENCES member (id),
    organization_id  BIGINT        REFERENCES organization (id),
    citation         VARCHAR(500),
    state            VARCHAR(20)   NOT NULL,
    nominated_by     VARCHAR(60)   NOT NULL,
    nominated_on     DATE          NOT NULL,
    approved_by      VARCHAR(60),
    approved_on      DATE,
    awarded_on       DATE,
    CONSTRAINT ck_honor_subject CHECK ((member_id IS NULL) <> (organization_id IS NULL))
);
CREATE INDEX ix_honor_member ON honor (member_id);
CREATE INDEX ix_honor_organization ON honor (organization_id);
CREATE INDEX ix_honor_year ON honor (honor_year, state);
