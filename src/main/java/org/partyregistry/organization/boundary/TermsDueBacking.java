package org.partyregistry.organization.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partyregistry.organization.control.OrganizationNode;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;

/** Terms due for election, and organizations that should have a term but have none on record. */
@Named
@ViewScoped
public class TermsDueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TermService terms;

    @Inject
    OrganizationService organizations;

    private int within = 180;
    private List<TermView> due;
    private List<OrganizationNode> missing;

    @PostConstruct
    void load() {
        due = terms.due(within);
        missing = organizations.tree(false).stream().filter(OrganizationNode::termMissing).toList();
    }

    public void reload() {
        due = terms.due(within);
    }

    public int getWithin() {
        return within;
    }

    public void setWithin(int within) {
        this.within = within;
    }

    public List<TermView> getDue() {
        return due;
    }

    public List<OrganizationNode> getMissing() {
        return missing;
    }
}
