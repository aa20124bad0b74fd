-- Party-building brands and alliances (rules B1-B12). Portable SQL for H2 2.x and PostgreSQL 15 (BYTEA is binary
-- varying on both).

CREATE TABLE brand (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    name            VARCHAR(50)   NOT NULL,
    slogan          VARCHAR(100),
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    founded_on      DATE          NOT NULL,
    description     VARCHAR(2000),
    CONSTRAINT uq_brand_organization_name UNIQUE (organization_id, name)
);

-- The logo apart from the brand, so that lists never load the image.
CREATE TABLE brand_logo (
    id           BIGINT      NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL,
    brand_id     BIGINT      NOT NULL REFERENCES brand (id),
    content_type VARCHAR(20) NOT NULL,
    byte_size    INTEGER     NOT NULL,
    content      BYTEA       NOT NULL,
    CONSTRAINT uq_brand_logo_brand UNIQUE (brand_id)
);

-- Activities carry a brand (V5 left the column without a key). No brand existed before this migration, so a
-- brand id recorded until now referred to nothing: it is cleared before the key is added.
UPDATE activity SET brand_id = NULL WHERE brand_id IS NOT NULL;
ALTER TABLE activity ADD CONSTRAINT fk_activity_brand FOREIGN KEY (brand_id) REFERENCES brand (id);

CREATE TABLE alliance (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    name                   VARCHAR(100)  NOT NULL,
    lead_organization_id   BIGINT        NOT NULL REFERENCES organization (id),
    founded_on             DATE,
    description            VARCHAR(2000),
    CONSTRAINT uq_alliance_name UNIQUE (name)
);
CREATE INDEX ix_alliance_lead ON alliance (lead_organization_id);

-- One period of membership of an enterprise or an organization, both dates inclusive; open while left_on is null.
CREATE TABLE alliance_member (
    id              BIGINT NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    alliance_id     BIGINT NOT NULL REFERENCES alliance (id),
    enterprise_id   BIGINT REFERENCES enterprise (id),
    organization_id BIGINT REFERENCES organization (id),
    joined_on       DATE   NOT NULL,
    left_on         DATE,
    CONSTRAINT ck_alliance_member_kind CHECK ((enterprise_id IS NULL) <> (organization_id IS NULL)),
    CONSTRAINT ck_alliance_member_dates CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX ix_alliance_member_alliance ON alliance_member (alliance_id, joined_on);
CREATE INDEX ix_alliance_member_enterprise ON alliance_member (enterprise_id);
CREATE INDEX ix_alliance_member_organization ON alliance_member (organization_id);

-- Joint activities: an activity (held by one organization) linked to an alliance; an activity may be joint to
-- several alliances, once each.
CREATE TABLE alliance_activity (
    id          BIGINT NOT NULL PRIMARY KEY,
    version     BIGINT NOT NULL,
    alliance_id BIGINT NOT NULL REFERENCES alliance (id),
    activity_id BIGINT NOT NULL REFERENCES activity (id),
    CONSTRAINT uq_alliance_activity UNIQUE (alliance_id, activity_id)
);
CREATE INDEX ix_alliance_activity_activity ON alliance_activity (activity_id);
