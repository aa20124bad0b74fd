package org.partyregistry.it.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Puts {@link SuiteDeployableContainer} in place of Payara's own managed container, so that one Payara Micro serves
 * every integration-test class of a run (registered in {@code META-INF/services}).
 */
public class SuiteContainerExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                SuiteDeployableContainer.class);
    }
}
