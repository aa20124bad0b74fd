package org.partyregistry.organization.entity;

import java.util.ArrayList;
import java.util.List;

/** Reading an organization's materialized path ("/1/7/42/": the ids from the top organization down to it). */
public final class OrganizationPath {

    private OrganizationPath() {
    }

    /** The ids a materialized path ("/1/7/42/") lists: the organization and those above it, from the root down. */
    public static List<Long> ids(String path) {
        List<Long> ids = new ArrayList<>();
        for (String id : path.split("/")) {
            if (!id.isEmpty()) {
                ids.add(Long.valueOf(id));
            }
        }
        return ids;
    }

    /** How deep a materialized path lies: 1 for a top organization ("/1/"), 2 for one below it ("/1/7/"), and so on. */
    public static int depth(String path) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes - 1;
    }

    /** The path of the organization at {@code depth} ({@link #depth}) on this path, null when the path is shallower. */
    public static String at(String path, int depth) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/' && ++slashes == depth + 1) {
                return path.substring(0, i + 1);
            }
        }
        return null;
    }
}
