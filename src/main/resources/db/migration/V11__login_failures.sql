-- Rule S5: failed sign-ins are counted per account AND client address, in the database so that every node sees
-- them. A row may name a username that does not exist: unknown and existing accounts are treated alike.
CREATE TABLE login_failure (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    username         VARCHAR(60)  NOT NULL,
    client_address   VARCHAR(64)  NOT NULL,
    failures         INTEGER      NOT NULL,
    last_failure_utc TIMESTAMP    NOT NULL,
    locked_until_utc TIMESTAMP,
    CONSTRAINT uq_login_failure UNIQUE (username, client_address)
);
CREATE INDEX ix_login_failure_last ON login_failure (last_failure_utc);

-- The per-account counter is replaced by the table above.
ALTER TABLE user_account DROP COLUMN failed_logins;
ALTER TABLE user_account DROP COLUMN locked_until_utc;
