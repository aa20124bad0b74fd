package org.partyregistry.organization.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.organization.control.OrganizationNode;
import org.partyregistry.organization.control.OrganizationService;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The organization tree in the viewer's scope. */
@Named
@ViewScoped
public class TreeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationService organizations;

    private boolean includeInactive;
    private TreeNode<OrganizationNode> root;
    private int count;

    @PostConstruct
    void load() {
        List<OrganizationNode> nodes = organizations.tree(includeInactive);
        count = nodes.size();
        root = build(nodes);
    }

    /** Parents before children, siblings by level then name; a node whose parent is out of scope is a root. */
    static TreeNode<OrganizationNode> build(List<OrganizationNode> nodes) {
        TreeNode<OrganizationNode> root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<OrganizationNode>> byId = new HashMap<>();
        List<OrganizationNode> sorted = nodes.stream()
                .sorted(Comparator.comparing(OrganizationNode::type).thenComparing(OrganizationNode::name))
                .toList();
        for (OrganizationNode node : sorted) {
            byId.put(node.id(), new DefaultTreeNode<>(node));
        }
        for (OrganizationNode node : sorted) {
            TreeNode<OrganizationNode> treeNode = byId.get(node.id());
            TreeNode<OrganizationNode> parent = node.parentId() == null ? null : byId.get(node.parentId());
            (parent == null ? root : parent).getChildren().add(treeNode);
        }
        expand(root, 0);
        return root;
    }

    private static void expand(TreeNode<OrganizationNode> node, int depth) {
        node.setExpanded(depth < 4);
        for (TreeNode<OrganizationNode> child : node.getChildren()) {
            expand(child, depth + 1);
        }
    }

    public void reload() {
        load();
    }

    public TreeNode<OrganizationNode> getRoot() {
        return root;
    }

    public int getCount() {
        return count;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
