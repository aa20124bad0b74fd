-- Issue 16, rule ACT21: each kept row also holds what its figures miss in all, so that "behind" pages through a whole
-- city reading one number per organization and decodes only the page's figures. The kept rows are derived data: they
-- are cleared here and filled again by the next refresh or report (activity/control/ComplianceKept). Portable SQL for
-- H2 2.x and PostgreSQL.

DELETE FROM compliance_kept;
ALTER TABLE compliance_kept ADD COLUMN missing INTEGER NOT NULL;
