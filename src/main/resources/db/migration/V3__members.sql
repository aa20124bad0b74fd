-- Members: the record with its dated steps, suspension periods and transfers. Portable SQL for H2 2.x and
-- PostgreSQL 15. The ID number is stored only as AES-GCM ciphertext (Base64 of IV + ciphertext) and as an
-- HMAC-SHA256 keyed hash (hex) that makes it unique and findable by exact match.

CREATE TABLE member (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL,
    name                  VARCHAR(50)  NOT NULL,
    sex                   VARCHAR(10)  NOT NULL,
    birth_date            DATE         NOT NULL,
    ethnicity             VARCHAR(20),
    education             VARCHAR(30),
    phone                 VARCHAR(30),
    id_number_cipher      VARCHAR(200) NOT NULL,
    id_number_hash        VARCHAR(64)  NOT NULL,
    organization_id       BIGINT       NOT NULL REFERENCES organization (id),
    enterprise_id         BIGINT,
    applied_on            DATE,
    activist_on           DATE,
    development_target_on DATE,
    probationary_on       DATE,
    full_on               DATE,
    extension_months      INTEGER,
    extended_on           DATE,
    stage                 VARCHAR(20)  NOT NULL,
    party_standing_start  DATE,
    standing_start_reason VARCHAR(500),
    status                VARCHAR(20)  NOT NULL,
    status_since          DATE,
    status_reason         VARCHAR(500),
    probation_cancelled   BOOLEAN      NOT NULL,
    left_zone_on          DATE,
    left_zone_to          VARCHAR(200),
    CONSTRAINT uq_member_id_number_hash UNIQUE (id_number_hash)
);
CREATE INDEX ix_member_organization ON member (organization_id);
CREATE INDEX ix_member_enterprise ON member (enterprise_id);
CREATE INDEX ix_member_name ON member (name);
CREATE INDEX ix_member_probationary_on ON member (probationary_on);
CREATE INDEX ix_member_full_on ON member (full_on);
CREATE INDEX ix_member_standing_start ON member (party_standing_start);
CREATE INDEX ix_member_status_since ON member (status, status_since);

CREATE TABLE member_suspension (
    member_id       BIGINT NOT NULL REFERENCES member (id),
    suspended_from  DATE   NOT NULL,
    suspended_until DATE
);
CREATE INDEX ix_member_suspension_member ON member_suspension (member_id);
CREATE INDEX ix_member_suspension_from ON member_suspension (suspended_from);

CREATE TABLE member_transfer (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    member_id            BIGINT       NOT NULL REFERENCES member (id),
    from_organization_id BIGINT       NOT NULL REFERENCES organization (id),
    to_organization_id   BIGINT       REFERENCES organization (id),
    to_external          VARCHAR(200),
    sent_on              DATE         NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    decided_on           DATE,
    reason               VARCHAR(500)
);
CREATE INDEX ix_member_transfer_member ON member_transfer (member_id);
CREATE INDEX ix_member_transfer_from ON member_transfer (from_organization_id);
CREATE INDEX ix_member_transfer_to ON member_transfer (to_organization_id);
CREATE INDEX ix_member_transfer_pending ON member_transfer (status, sent_on);
