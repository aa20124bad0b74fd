package org.partyregistry.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests run against the WAR the build packaged: the product itself, not a reassembly of it. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive product() {
        File war = new File(System.getProperty("registry.war", "target/party-registry.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Package the application first: " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
