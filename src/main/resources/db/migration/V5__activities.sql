-- Activities with attendance, and the required frequencies per organization type (rules ACT1-ACT8). Portable SQL
-- for H2 2.x and PostgreSQL 15. V4 is taken by dues, built in parallel; Flyway accepts the gap.

CREATE TABLE activity (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    activity_type   VARCHAR(40)   NOT NULL,
    title           VARCHAR(100)  NOT NULL,
    held_on         DATE          NOT NULL,
    ends_on         DATE,
    location        VARCHAR(200),
    topic           VARCHAR(200),
    host            VARCHAR(50),
    minutes         VARCHAR(20000),
    brand_id        BIGINT,
    is_valid        BOOLEAN       NOT NULL,
    invalid_reason  VARCHAR(60),
    quorum_present  INTEGER,
    quorum_base     INTEGER,
    CONSTRAINT ck_activity_dates CHECK (ends_on IS NULL OR ends_on >= held_on)
);
CREATE INDEX ix_activity_organization_held ON activity (organization_id, held_on);
CREATE INDEX ix_activity_held_on ON activity (held_on);
CREATE INDEX ix_activity_brand ON activity (brand_id);

CREATE TABLE activity_attendance (
    activity_id BIGINT      NOT NULL REFERENCES activity (id),
    member_id   BIGINT      NOT NULL REFERENCES member (id),
    attended_on DATE        NOT NULL,
    status      VARCHAR(10) NOT NULL,
    CONSTRAINT pk_activity_attendance PRIMARY KEY (activity_id, member_id, attended_on)
);
CREATE INDEX ix_activity_attendance_member ON activity_attendance (member_id, attended_on);

CREATE TABLE activity_requirement (
    id                BIGINT      NOT NULL PRIMARY KEY,
    version           BIGINT      NOT NULL,
    organization_type VARCHAR(30) NOT NULL,
    activity_type     VARCHAR(40) NOT NULL,
    frequency         VARCHAR(20) NOT NULL,
    CONSTRAINT uq_activity_requirement UNIQUE (organization_type, activity_type)
);

-- The defaults of the domain brief ("three meetings and one lesson", themed days, yearly reviews). Branches,
-- joint branches and general branches hold the branch meetings; each party group its group meeting. Ids below the
-- sequence's first block (951).
INSERT INTO activity_requirement (id, version, organization_type, activity_type, frequency) VALUES
    (1,  0, 'BRANCH',         'BRANCH_GENERAL_MEETING',    'QUARTERLY'),
    (2,  0, 'BRANCH',         'BRANCH_COMMITTEE_MEETING',  'MONTHLY'),
    (3,  0, 'BRANCH',         'PARTY_LECTURE',             'QUARTERLY'),
    (4,  0, 'BRANCH',         'THEMED_PARTY_DAY',          'MONTHLY'),
    (5,  0, 'BRANCH',         'ORGANIZATION_LIFE_MEETING', 'YEARLY'),
    (6,  0, 'BRANCH',         'DEMOCRATIC_REVIEW',         'YEARLY'),
    (7,  0, 'JOINT_BRANCH',   'BRANCH_GENERAL_MEETING',    'QUARTERLY'),
    (8,  0, 'JOINT_BRANCH',   'BRANCH_COMMITTEE_MEETING',  'MONTHLY'),
    (9,  0, 'JOINT_BRANCH',   'PARTY_LECTURE',             'QUARTERLY'),
    (10, 0, 'JOINT_BRANCH',   'THEMED_PARTY_DAY',          'MONTHLY'),
    (11, 0, 'JOINT_BRANCH',   'ORGANIZATION_LIFE_MEETING', 'YEARLY'),
    (12, 0, 'JOINT_BRANCH',   'DEMOCRATIC_REVIEW',         'YEARLY'),
    (13, 0, 'GENERAL_BRANCH', 'BRANCH_GENERAL_MEETING',    'QUARTERLY'),
    (14, 0, 'GENERAL_BRANCH', 'BRANCH_COMMITTEE_MEETING',  'MONTHLY'),
    (15, 0, 'GENERAL_BRANCH', 'PARTY_LECTURE',             'QUARTERLY'),
    (16, 0, 'GENERAL_BRANCH', 'ORGANIZATION_LIFE_MEETING', 'YEARLY'),
    (17, 0, 'GROUP',          'GROUP_MEETING',             'MONTHLY');
