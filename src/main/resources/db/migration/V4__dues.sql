-- Party dues: each member's fixed amounts per year (with dated changes), the months owed with the amount due in
-- each, and the payments that cover them. Portable SQL for H2 2.x and PostgreSQL 15. Money is NUMERIC(12,2) yuan;
-- a month is stored as the DATE of its first day, so it can be compared and indexed like any date.

CREATE TABLE dues_year (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    member_id        BIGINT        NOT NULL REFERENCES member (id),
    dues_year        INTEGER       NOT NULL,
    category         VARCHAR(20)   NOT NULL,
    income           NUMERIC(12,2) NOT NULL,
    standard_monthly NUMERIC(12,2) NOT NULL,
    monthly          NUMERIC(12,2) NOT NULL,
    reason           VARCHAR(200),
    approved_by      VARCHAR(200),
    approved_on      DATE,
    confirmed        BOOLEAN       NOT NULL,
    confirmed_on     DATE,
    CONSTRAINT uq_dues_year_member UNIQUE (member_id, dues_year)
);
CREATE INDEX ix_dues_year_member ON dues_year (member_id);
CREATE INDEX ix_dues_year_year ON dues_year (dues_year, confirmed);

CREATE TABLE dues_change (
    dues_year_id     BIGINT        NOT NULL REFERENCES dues_year (id),
    from_month       DATE          NOT NULL,
    category         VARCHAR(20)   NOT NULL,
    income           NUMERIC(12,2) NOT NULL,
    standard_monthly NUMERIC(12,2) NOT NULL,
    monthly          NUMERIC(12,2) NOT NULL,
    reason           VARCHAR(200)  NOT NULL,
    approved_by      VARCHAR(200),
    approved_on      DATE,
    changed_on       DATE          NOT NULL
);
CREATE INDEX ix_dues_change_year ON dues_change (dues_year_id);
CREATE INDEX ix_dues_change_from ON dues_change (from_month);

CREATE TABLE dues_payment (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    member_id   BIGINT        NOT NULL REFERENCES member (id),
    paid_on     DATE          NOT NULL,
    amount      NUMERIC(12,2) NOT NULL,
    method      VARCHAR(20)   NOT NULL,
    recorded_by VARCHAR(60)   NOT NULL
);
CREATE INDEX ix_dues_payment_member ON dues_payment (member_id);
CREATE INDEX ix_dues_payment_paid_on ON dues_payment (paid_on);

CREATE TABLE dues_month (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    member_id    BIGINT        NOT NULL REFERENCES member (id),
    dues_year_id BIGINT        NOT NULL REFERENCES dues_year (id),
    month_start  DATE          NOT NULL,
    amount_due   NUMERIC(12,2) NOT NULL,
    payment_id   BIGINT        REFERENCES dues_payment (id),
    amount_paid  NUMERIC(12,2),
    CONSTRAINT uq_dues_month_member UNIQUE (member_id, month_start)
);
CREATE INDEX ix_dues_month_member ON dues_month (member_id);
CREATE INDEX ix_dues_month_year ON dues_month (dues_year_id);
CREATE INDEX ix_dues_month_payment ON dues_month (payment_id);
CREATE INDEX ix_dues_month_start ON dues_month (month_start, payment_id);
