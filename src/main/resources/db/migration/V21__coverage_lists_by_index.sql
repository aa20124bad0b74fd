-- Issue 16, rule E9: the list behind one number of the coverage report, read from indexes. At city one park's
-- enterprises and their coverage periods lie on about 7,000 and 10,000 scattered pages; counting them and sorting
-- them by name read all of those (0.5 s). The count is now read from the periods' index alone (park, state, dates,
-- base), and a page of one park walks the enterprises' index on park and name, looking each one's period up by key,
-- until the page is full. Each new index starts with the columns of the one it replaces.
CREATE INDEX ix_coverage_period_state ON coverage_period (park_id, coverage, from_on, to_on, eligible, enterprise_id);
DROP INDEX ix_coverage_period_park;
CREATE INDEX ix_enterprise_park_name ON enterprise (park_id, name, id);
DROP INDEX ix_enterprise_park;
