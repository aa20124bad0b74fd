-- Links between organizations and enterprises, and members' work units, as dated periods (issue 14, rules E3 and
-- M17): coverage, the ELIGIBLE base and "should form own" as of a date read the facts of that date. A period holds
-- on a date d when from_on <= d and (to_on IS NULL or to_on > d): it ends on the day the change happens.
-- organization_enterprise and member.enterprise_id stay as the current links (the open periods), which the forms
-- and the tree show.

CREATE TABLE enterprise_link (
    organization_id BIGINT NOT NULL REFERENCES organization (id),
    enterprise_id   BIGINT NOT NULL REFERENCES enterprise (id),
    from_on         DATE   NOT NULL,
    to_on           DATE
);
CREATE INDEX ix_enterprise_link_enterprise ON enterprise_link (enterprise_id, from_on, to_on);
CREATE INDEX ix_enterprise_link_organization ON enterprise_link (organization_id);

-- an existing link starts on the organization's founding date
INSERT INTO enterprise_link (organization_id, enterprise_id, from_on, to_on)
SELECT l.organization_id, l.enterprise_id, o.established_on, NULL
  FROM organization_enterprise l JOIN organization o ON o.id = l.organization_id;

CREATE TABLE member_work_unit (
    member_id     BIGINT NOT NULL REFERENCES member (id),
    enterprise_id BIGINT NOT NULL REFERENCES enterprise (id),
    from_on       DATE   NOT NULL,
    to_on         DATE
);
CREATE INDEX ix_member_work_unit_enterprise ON member_work_unit (enterprise_id, from_on, to_on);
CREATE INDEX ix_member_work_unit_member ON member_work_unit (member_id);

-- an existing work unit starts when the member's registered history does: the earliest step on record (the steps
-- are in order, rule M3, so the first one given)
INSERT INTO member_work_unit (member_id, enterprise_id, from_on, to_on)
SELECT m.id, m.enterprise_id, COALESCE(m.applied_on, m.activist_on, m.development_target_on, m.probationary_on,
                                       m.full_on, m.party_standing_start, m.status_since, CURRENT_DATE), NULL
  FROM member m WHERE m.enterprise_id IS NOT NULL;
