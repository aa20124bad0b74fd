package org.partyregistry.organization.boundary;

import java.util.List;
import org.partyregistry.organization.control.OrganizationNode;
import org.partyregistry.organization.control.TreeEntry;
import org.primefaces.model.DefaultTreeNode;

/**
 * A node of the organization tree whose children are given when the page opens it ({@link TreeBacking}: the first
 * levels at once, the others when the viewer opens a node). It knows how many children it has, so a node with none
 * shows no toggle and one whose children are not read yet shows one. The children are never read from inside
 * {@code getChildren()}: PrimeFaces walks the descendants of a node whenever a child is added (to number the rows),
 * which would read every level below.
 */
final class OrganizationTreeNode extends DefaultTreeNode<OrganizationNode> {

    private static final long serialVersionUID = 1L;

    private final long childCount;
    private boolean loaded;

    OrganizationTreeNode(TreeEntry entry) {
        super(entry.node());
        this.childCount = entry.children();
        this.loaded = entry.children() == 0;
    }

    /** Gives the children, once. */
    void fill(List<TreeEntry> children) {
        if (loaded) {
            return;
        }
        loaded = true;
        for (TreeEntry child : children) {
            getChildren().add(new OrganizationTreeNode(child));
        }
    }

    boolean loaded() {
        return loaded;
    }

    long childCount() {
        return childCount;
    }

    @Override
    public boolean isLeaf() {
        return childCount == 0;
    }
}
