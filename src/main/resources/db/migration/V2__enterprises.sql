-- Enterprises in the parks, the organizations formed in them, and the instructors and liaisons sent to them.

CREATE TABLE enterprise (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    credit_code VARCHAR(18)  NOT NULL,
    park_id     BIGINT       NOT NULL REFERENCES park (id),
    industry    VARCHAR(60)  NOT NULL,
    employees   INTEGER      NOT NULL,
    founded_on  DATE         NOT NULL,
    closed_on   DATE,
    CONSTRAINT uq_enterprise_credit_code UNIQUE (credit_code)
);
CREATE INDEX ix_enterprise_park ON enterprise (park_id);
CREATE INDEX ix_enterprise_dates ON enterprise (founded_on, closed_on);
CREATE INDEX ix_enterprise_industry ON enterprise (industry);

-- An organization formed in one enterprise (its own) or, for a joint branch, in two to five.
CREATE TABLE organization_enterprise (
    organization_id BIGINT NOT NULL REFERENCES organization (id),
    enterprise_id   BIGINT NOT NULL REFERENCES enterprise (id),
    PRIMARY KEY (organization_id, enterprise_id)
);
CREATE INDEX ix_organization_enterprise_enterprise ON organization_enterprise (enterprise_id);

CREATE TABLE instructor_assignment (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    enterprise_id BIGINT       NOT NULL REFERENCES enterprise (id),
    name          VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    from_on       DATE         NOT NULL,
    to_on         DATE
);
CREATE INDEX ix_instructor_enterprise ON instructor_assignment (enterprise_id, from_on, to_on);
