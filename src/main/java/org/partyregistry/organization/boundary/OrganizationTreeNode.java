package org.partyregistry.organization.boundary;

import java.util.List;
import org.partyregistry.organization.control.OrganizationNode;
import org.partyregistry.organization.control.TreeEntry;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.util.Callbacks.SerializableFunction;

/**
 * A node of the organization tree whose children are read when the tree table first asks for them (the viewer opens
 * it), unless the page gave them at once. It knows how many children it has, so a node with none shows no toggle.
 */
final class OrganizationTreeNode extends DefaultTreeNode<OrganizationNode> {

    private static final long serialVersionUID = 1L;

    private final long childCount;
    private final SerializableFunction<Long, List<TreeEntry>> loader;
    private boolean loaded;

    OrganizationTreeNode(TreeEntry entry, SerializableFunction<Long, List<TreeEntry>> loader) {
        super(entry.node());
        this.childCount = entry.children();
        this.loader = loader;
        this.loaded = entry.children() == 0;
    }

    /** Gives the children read already (the page opens the first levels with one statement per level). */
    void fill(List<TreeEntry> children) {
        loaded = true;
        add(children);
    }

    boolean loaded() {
        return loaded;
    }

    long childCount() {
        return childCount;
    }

    @Override
    public List<TreeNode<OrganizationNode>> getChildren() {
        if (!loaded) {
            loaded = true;
            add(loader.apply(getData().id()));
        }
        return super.getChildren();
    }

    @Override
    public int getChildCount() {
        return loaded ? super.getChildCount() : (int) childCount;
    }

    @Override
    public boolean isLeaf() {
        return childCount == 0;
    }

    private void add(List<TreeEntry> children) {
        List<TreeNode<OrganizationNode>> list = super.getChildren();
        for (TreeEntry child : children) {
            list.add(new OrganizationTreeNode(child, loader));
        }
    }
}
