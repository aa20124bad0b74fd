package org.partyregistry.organization.control;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.partyregistry.organization.entity.OrganizationType;

/**
 * Rule O15: an organization grown past the size of its level, a warning and never a refusal. A branch or joint
 * branch over 50 party members may become a general branch ({@code OVER_50}); a branch, joint branch or general
 * branch over 100 may become a committee ({@code OVER_100}). Both need approval.
 */
public record SizeWarning(Long organizationId, String name, Kind kind, long members) implements Serializable {

    public static final int BRANCH_MAX = 50;
    public static final int GENERAL_BRANCH_MAX = 100;

    public enum Kind {
        OVER_50,
        OVER_100
    }

    /** The warning for an organization of {@code type} with {@code members} party members, or null. */
    public static Kind kindOf(OrganizationType type, long members) {
        if (members > GENERAL_BRANCH_MAX && (type.isBranch() || type == OrganizationType.GENERAL_BRANCH)) {
            return Kind.OVER_100;
        }
        if (members > BRANCH_MAX && type.isBranch()) {
            return Kind.OVER_50;
        }
        return null;
    }

    /** The warnings among the totals, largest first. */
    public static List<SizeWarning> of(List<MemberTotal> totals) {
        return totals.stream()
                .map(t -> {
                    Kind kind = kindOf(t.type(), t.members());
                    return kind == null ? null : new SizeWarning(t.organizationId(), t.name(), kind, t.members());
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingLong(SizeWarning::members).reversed().thenComparing(SizeWarning::name))
                .toList();
    }
}
