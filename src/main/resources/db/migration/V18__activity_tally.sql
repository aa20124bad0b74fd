-- Issue 16: the activities held and valid per organization, type and period, kept current in the transaction of
-- every write that changes them (activity/control/ActivityTally), so that the compliance table and "behind" of a
-- whole city read one row per organization, type and year instead of every activity. Two kinds of period share the
-- table: a month (period_key yyyymm, e.g. 202503) and a year (period_key yyyy, e.g. 2025); the keys never meet.
-- Rebuilt from the activities here, by the same statement ActivityTally.rebuild runs. Portable SQL for H2 2.x and
-- PostgreSQL.

CREATE TABLE activity_tally (
    organization_id BIGINT      NOT NULL REFERENCES organization (id),
    activity_type   VARCHAR(40) NOT NULL,
    period_key      INTEGER     NOT NULL,
    held            INTEGER     NOT NULL,
    valid           INTEGER     NOT NULL,
    CONSTRAINT pk_activity_tally PRIMARY KEY (organization_id, period_key, activity_type)
);
CREATE INDEX ix_activity_tally_period ON activity_tally (period_key, organization_id);

INSERT INTO activity_tally (organization_id, activity_type, period_key, held, valid)
SELECT organization_id, activity_type, CAST(EXTRACT(YEAR FROM held_on) * 100 + EXTRACT(MONTH FROM held_on) AS INTEGER),
       COUNT(*), SUM(CASE WHEN is_valid THEN 1 ELSE 0 END)
FROM activity
GROUP BY organization_id, activity_type, CAST(EXTRACT(YEAR FROM held_on) * 100 + EXTRACT(MONTH FROM held_on) AS INTEGER);

INSERT INTO activity_tally (organization_id, activity_type, period_key, held, valid)
SELECT organization_id, activity_type, CAST(EXTRACT(YEAR FROM held_on) AS INTEGER),
       COUNT(*), SUM(CASE WHEN is_valid THEN 1 ELSE 0 END)
FROM activity
GROUP BY organization_id, activity_type, CAST(EXTRACT(YEAR FROM held_on) AS INTEGER);
