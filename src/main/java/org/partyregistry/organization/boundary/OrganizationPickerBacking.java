package org.partyregistry.organization.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.organization.entity.OrganizationStatus;

/**
 * The choices of the organization picker: every organization the viewer may read (dissolved ones too, marked), in
 * tree order, each label indented by its depth below the viewer's top organization.
 */
@Named("organizationPicker")
@RequestScoped
public class OrganizationPickerBacking {

    /** One choice: the organization and its indented label. */
    public record Choice(Long id, String label, int depth, OrganizationStatus status) {

        public boolean active() {
            return status == OrganizationStatus.ACTIVE;
        }
    }

    /** An ideographic space per level: it keeps its width in a select box, unlike ordinary spaces. */
    static final String INDENT = "\u3000";

    @Inject
    OrganizationService organizations;

    private List<Choice> choices;

    public List<Choice> getChoices() {
        if (choices == null) {
            choices = choices(organizations.list(true));
        }
        return choices;
    }

    /** The organizations (parents before children) as choices indented by their depth in the list. */
    static List<Choice> choices(List<OrganizationView> inTreeOrder) {
        Map<Long, Integer> depths = new HashMap<>();
        List<Choice> result = new ArrayList<>();
        for (OrganizationView o : inTreeOrder) {
            Integer parentDepth = o.parentId() == null ? null : depths.get(o.parentId());
            int depth = parentDepth == null ? 0 : parentDepth + 1;
            depths.put(o.id(), depth);
            result.add(new Choice(o.id(), INDENT.repeat(depth) + o.name(), depth, o.status()));
        }
        return result;
    }
}
