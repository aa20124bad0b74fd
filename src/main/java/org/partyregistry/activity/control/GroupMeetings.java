package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BusinessException;

/** Rule ACT17: which organization holds a group meeting recorded on a group or from its branch. */
@ApplicationScoped
public class GroupMeetings {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /**
     * Rule ACT17: the organization that holds the activity: the one given, or for a group meeting recorded from a
     * branch, the branch's party group named by {@code groupId}. Refuses a group that is not the branch's, a group
     * meeting from a branch without naming a group (or without groups), and a group named for another type.
     */
    public Organization holder(Organization given, ActivityType type, Long groupId) {
        if (type != ActivityType.GROUP_MEETING) {
            if (groupId != null) {
                throw BusinessException.onField("groupId", "activity.groupOnlyForGroupMeeting");
            }
            return given;
        }
        if (given.getType() == OrganizationType.GROUP) {
            if (groupId != null && !groupId.equals(given.getId())) {
                throw BusinessException.onField("groupId", "activity.groupNotUnder", given.getName());
            }
            return given;
        }
        if (!given.getType().isBranch()) {
            throw BusinessException.onField("type", "activity.typeNotForOrganization", type,
                    given.getType());
        }
        if (groupId == null) {
            long groups = em.createQuery(
                    "SELECT COUNT(g) FROM Organization g WHERE g.parent = :branch AND g.type = :group", Long.class)
                    .setParameter("branch", given).setParameter("group", OrganizationType.GROUP).getSingleResult();
            throw BusinessException.onField("groupId", groups == 0 ? "activity.noGroups" : "activity.groupRequired",
                    given.getName());
        }
        Organization group = em.find(Organization.class, groupId);
        if (group == null || group.getType() != OrganizationType.GROUP || !given.equals(group.getParent())) {
            throw BusinessException.onField("groupId", "activity.groupNotUnder", given.getName());
        }
        return group;
    }
}
