-- Issue 16: the member alerts (rule M16) read the members on probation by the day they were admitted. The index on
-- the admission day alone held every member ever admitted (825,000 of 1,000,000 at city), so the alerts' statement
-- read nearly all of it to find the few thousand still on probation; with the stage first it reads those only.
CREATE INDEX ix_member_stage_probationary ON member (stage, probationary_on);
