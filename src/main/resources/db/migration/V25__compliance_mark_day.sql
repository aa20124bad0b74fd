-- Issue 16, rule ACT21: a recorded activity's mark carries the day it was held. Only an organization's kept figures
-- of the periods that count that day (period_from <= held_on <= through_on) are out of date; the figures of its
-- other periods stay current. A mark without a day (a member, term or organization change, a requirement changed)
-- still covers every period. Marks made before this migration have no day. Portable SQL for H2 2.x and PostgreSQL.

ALTER TABLE compliance_mark ADD COLUMN held_on DATE;
