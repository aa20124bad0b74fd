-- Issue 16: the arrears list (rule D8) reads only the members behind. dues_standing keeps, per member who owes dues,
-- the first month on record and the two latest months paid (months as numbers, year * 12 + month - 1; "none paid"
-- is the month before the first owed), kept current by the application in the transaction of each payment,
-- confirmed year and change of a member; rebuilt here from the facts by the same statement as DuesStandings.REBUILD.
-- Portable SQL for H2 2.x and PostgreSQL.

CREATE TABLE dues_standing (
    member_id    BIGINT  NOT NULL PRIMARY KEY REFERENCES member (id),
    owes_from    INTEGER NOT NULL,
    paid_through INTEGER NOT NULL,
    paid_before  INTEGER NOT NULL
);
-- behind: paid_through < a month; behind while paying the current month: paid_through = it, paid_before < another;
-- both ranges of one index, the second in the order of a page (paid_before, member)
CREATE INDEX ix_dues_standing_paid ON dues_standing (paid_through, paid_before, member_id);
-- a page of the first kind by key: paid_through, then member
CREATE INDEX ix_dues_standing_page ON dues_standing (paid_through, member_id);

INSERT INTO dues_standing (member_id, owes_from, paid_through, paid_before)
SELECT s.member_id, s.owes_from,
       CASE WHEN s.last_paid IS NULL OR s.last_paid < s.owes_from THEN s.owes_from - 1 ELSE s.last_paid END,
       CASE WHEN s.paid_before IS NULL OR s.paid_before < s.owes_from THEN s.owes_from - 1
            ELSE s.paid_before END
FROM (SELECT r.member_id,
             CASE WHEN r.first_start IS NULL
                       OR CAST(EXTRACT(YEAR FROM r.first_start) AS INTEGER) * 12 < r.admitted
                  THEN r.admitted ELSE CAST(EXTRACT(YEAR FROM r.first_start) AS INTEGER) * 12 END AS owes_from,
             CAST(EXTRACT(YEAR FROM r.last_start) AS INTEGER) * 12
                 + CAST(EXTRACT(MONTH FROM r.last_start) AS INTEGER) - 1 AS last_paid,
             CAST(EXTRACT(YEAR FROM r.before_start) AS INTEGER) * 12
                 + CAST(EXTRACT(MONTH FROM r.before_start) AS INTEGER) - 1 AS paid_before
      FROM (SELECT m.id AS member_id,
                   CAST(EXTRACT(YEAR FROM COALESCE(m.probationary_on, m.full_on)) AS INTEGER) * 12
                       + CAST(EXTRACT(MONTH FROM COALESCE(m.probationary_on, m.full_on)) AS INTEGER) - 1
                       AS admitted,
                   (SELECT MIN(d.month_start) FROM dues_month d WHERE d.member_id = m.id) AS first_start,
                   (SELECT MAX(d.month_start) FROM dues_month d
                    WHERE d.member_id = m.id AND d.payment_id IS NOT NULL) AS last_start,
                   (SELECT MAX(d.month_start) FROM dues_month d
                    WHERE d.member_id = m.id AND d.payment_id IS NOT NULL
                      AND d.month_start < (SELECT MAX(l.month_start) FROM dues_month l
                                           WHERE l.member_id = m.id AND l.payment_id IS NOT NULL))
                       AS before_start
            FROM member m
            WHERE m.stage IN ('PROBATIONARY', 'FULL') AND m.status IN ('ACTIVE', 'SUSPENDED')
              AND m.left_zone_on IS NULL AND COALESCE(m.probationary_on, m.full_on) IS NOT NULL) r) s;
