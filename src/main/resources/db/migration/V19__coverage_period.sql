-- Issue 16, rule E11: each enterprise's coverage (rule E3) and whether it is in the ELIGIBLE base (rule E6) as dated
-- periods, so that the coverage report and the lists behind its numbers count one narrow row per enterprise and
-- stretch of days instead of evaluating every enterprise's links, organizations, instructors and members' work
-- units on every call. A row holds on a date d when from_on <= d and (to_on IS NULL or to_on > d); rows exist only
-- while the enterprise operates. Kept current by the application in the transaction of every write that changes a
-- fact it reads (enterprise/control/CoveragePeriods.refresh); built from the facts by the application at start-up
-- while it is empty (the computation is rule E11's Java, enterprise/control/CoverageTimeline). Portable SQL for H2 2.x
-- and PostgreSQL.

CREATE TABLE coverage_period (
    enterprise_id BIGINT      NOT NULL REFERENCES enterprise (id),
    park_id       BIGINT      NOT NULL REFERENCES park (id),
    from_on       DATE        NOT NULL,
    to_on         DATE,
    coverage      VARCHAR(20) NOT NULL,
    eligible      BOOLEAN     NOT NULL,
    -- the full members throughout the period where the enterprise should form its own organization (eligible, no
    -- own organization: the report lists those with this number); null elsewhere
    full_members  INTEGER,
    CONSTRAINT pk_coverage_period PRIMARY KEY (enterprise_id, from_on)
);
CREATE INDEX ix_coverage_period_park ON coverage_period (park_id, from_on);
