package org.partyregistry.organization.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partyregistry.organization.control.OrganizationNode;
import org.partyregistry.organization.control.OrganizationTree;
import org.partyregistry.organization.control.TreeEntry;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organization tree in the viewer's scope, read a level at a time: the top opened level by level while the
 * rows shown stay within {@link #OPEN_ROWS} (a branch's secretary or a small zone sees everything open, a city sees
 * its zone and parks), deeper levels when the viewer opens a node.
 */
@Named
@ViewScoped
public class TreeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At most this many rows are shown opened at once when the page loads. */
    static final int OPEN_ROWS = 200;

    /** Levels opened at most when the page loads (zone, park committee, general branch, branch). */
    static final int OPEN_LEVELS = 4;

    @Inject
    OrganizationTree tree;

    private boolean includeInactive;
    private TreeNode<OrganizationNode> root;
    private long count;

    @PostConstruct
    void load() {
        count = tree.count(includeInactive);
        root = new DefaultTreeNode<>(null, null);
        List<OrganizationTreeNode> level = new ArrayList<>();
        for (TreeEntry entry : tree.top(includeInactive)) {
            OrganizationTreeNode node = new OrganizationTreeNode(entry);
            root.getChildren().add(node);
            level.add(node);
        }
        long shown = level.size();
        for (int depth = 0; depth < OPEN_LEVELS && !level.isEmpty(); depth++) {
            List<OrganizationTreeNode> parents = level.stream().filter(n -> n.childCount() > 0).toList();
            long more = parents.stream().mapToLong(OrganizationTreeNode::childCount).sum();
            if (parents.isEmpty() || shown + more > OPEN_ROWS) {
                break;
            }
            Map<Long, List<TreeEntry>> children = tree.children(
                    parents.stream().map(n -> n.getData().id()).toList(), includeInactive);
            List<OrganizationTreeNode> next = new ArrayList<>();
            for (OrganizationTreeNode parent : parents) {
                parent.fill(children.getOrDefault(parent.getData().id(), List.of()));
                parent.setExpanded(true);
                parent.getChildren().forEach(child -> next.add((OrganizationTreeNode) child));
            }
            level = next;
            shown += more;
        }
    }

    /** Reads the children of the organization the viewer opens, the first time it is opened. */
    public void expand(NodeExpandEvent event) {
        if (event.getTreeNode() instanceof OrganizationTreeNode node && !node.loaded()) {
            Long id = node.getData().id();
            node.fill(tree.children(List.of(id), includeInactive).getOrDefault(id, List.of()));
        }
    }

    public void reload() {
        load();
    }

    public TreeNode<OrganizationNode> getRoot() {
        return root;
    }

    public long getCount() {
        return count;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
