-- A member's work unit is an enterprise of the zone (issue 4, item 1). Kept apart from V3__members.sql because V3
-- was already merged into main, and changing an applied migration breaks Flyway's checksum on every database
-- that ran it. The column is indexed by ix_member_enterprise (V3).
ALTER TABLE member ADD CONSTRAINT fk_member_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id);
