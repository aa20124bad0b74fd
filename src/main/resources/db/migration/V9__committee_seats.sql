-- Who holds which seat on the committee elected for a term (rule M18); a branch committee meeting's quorum counts
-- the seat holders present (rule ACT5). Portable SQL for H2 2.x and PostgreSQL 15.

CREATE TABLE committee_seat (
    id        BIGINT      NOT NULL PRIMARY KEY,
    version   BIGINT      NOT NULL,
    term_id   BIGINT      NOT NULL REFERENCES term (id),
    member_id BIGINT      NOT NULL REFERENCES member (id),
    seat      VARCHAR(30) NOT NULL,
    CONSTRAINT uq_committee_seat_member UNIQUE (term_id, member_id)
);
CREATE INDEX ix_committee_seat_member ON committee_seat (member_id);
