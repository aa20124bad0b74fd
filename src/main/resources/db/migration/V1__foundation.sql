-- Foundation: organizations, terms, parks, accounts, audit. Portable SQL for H2 2.x and PostgreSQL 15.

CREATE SEQUENCE registry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE park (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL,
    name    VARCHAR(100) NOT NULL,
    CONSTRAINT uq_park_name UNIQUE (name)
);

CREATE TABLE organization (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    name               VARCHAR(100)  NOT NULL,
    type               VARCHAR(20)   NOT NULL,
    parent_id          BIGINT        REFERENCES organization (id),
    path               VARCHAR(1000) NOT NULL,
    established_on     DATE          NOT NULL,
    dissolved_on       DATE,
    dissolution_reason VARCHAR(500),
    status             VARCHAR(20)   NOT NULL,
    merged_into_id     BIGINT        REFERENCES organization (id)
);
CREATE INDEX ix_organization_parent ON organization (parent_id);
CREATE INDEX ix_organization_path ON organization (path);
CREATE INDEX ix_organization_merged_into ON organization (merged_into_id);

CREATE TABLE organization_event (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    kind            VARCHAR(20)  NOT NULL,
    occurred_on     DATE         NOT NULL,
    old_value       VARCHAR(500),
    new_value       VARCHAR(500),
    recorded_by     VARCHAR(60)  NOT NULL,
    recorded_at_utc TIMESTAMP    NOT NULL
);
CREATE INDEX ix_organization_event_org ON organization_event (organization_id);

CREATE TABLE term (
    id              BIGINT  NOT NULL PRIMARY KEY,
    version         BIGINT  NOT NULL,
    organization_id BIGINT  NOT NULL REFERENCES organization (id),
    term_number     INTEGER NOT NULL,
    elected_on      DATE    NOT NULL,
    years           INTEGER NOT NULL,
    expires_on      DATE    NOT NULL,
    seats           INTEGER,
    eligible_voters INTEGER,
    votes_cast      INTEGER,
    ended_on        DATE,
    CONSTRAINT uq_term_number UNIQUE (organization_id, term_number),
    CONSTRAINT uq_term_elected_on UNIQUE (organization_id, elected_on)
);
CREATE INDEX ix_term_expires_on ON term (expires_on);

CREATE TABLE user_account (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    username         VARCHAR(60)  NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    password_hash    VARCHAR(300) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    organization_id  BIGINT       REFERENCES organization (id),
    enabled          BOOLEAN      NOT NULL,
    failed_logins    INTEGER      NOT NULL,
    locked_until_utc TIMESTAMP,
    created_at_utc   TIMESTAMP    NOT NULL,
    CONSTRAINT uq_user_account_username UNIQUE (username)
);
CREATE INDEX ix_user_account_org ON user_account (organization_id);

-- Append-only: the application only ever inserts here.
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    occurred_at_utc TIMESTAMP NOT NULL,
    actor       VARCHAR(60)   NOT NULL,
    entity_type VARCHAR(60)   NOT NULL,
    entity_id   BIGINT,
    action      VARCHAR(30)   NOT NULL,
    changes     VARCHAR(4000)
);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at_utc);

-- Which seed sets have been loaded; the primary key makes a second loader (another node) fail and roll back.
CREATE TABLE seed_run (
    name          VARCHAR(60) NOT NULL PRIMARY KEY,
    loaded_at_utc TIMESTAMP   NOT NULL
);
