-- Party groups have members (rules M19, M20): a member of a branch is placed in one of its groups from a date and
-- leaves it on a date (moved to another group, taken out, or gone from the branch). Portable SQL for H2 2.x and
-- PostgreSQL 15.

CREATE TABLE group_placement (
    id        BIGINT NOT NULL PRIMARY KEY,
    version   BIGINT NOT NULL,
    member_id BIGINT NOT NULL REFERENCES member (id),
    group_id  BIGINT NOT NULL REFERENCES organization (id),
    placed_on DATE   NOT NULL,
    ended_on  DATE
);
CREATE INDEX ix_group_placement_member ON group_placement (member_id);
CREATE INDEX ix_group_placement_group ON group_placement (group_id, placed_on);
