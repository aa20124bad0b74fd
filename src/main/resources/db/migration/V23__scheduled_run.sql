-- Issue 16: scheduled jobs run once per cluster. Every node's timer fires; each run of a job first inserts its time
-- slot here (platform/ClusterJobs), and only the node whose insert succeeds runs it. Rows older than a week are
-- removed by the job's next run. Portable SQL for H2 2.x and PostgreSQL.

CREATE TABLE scheduled_run (
    job        VARCHAR(60)  NOT NULL,
    -- the run's time slot (UTC), the same on every node
    slot       TIMESTAMP    NOT NULL,
    -- which node claimed it, and when (UTC)
    node       VARCHAR(200) NOT NULL,
    claimed_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_scheduled_run PRIMARY KEY (job, slot)
);
