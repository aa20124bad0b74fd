package org.partyregistry.it.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Payara Micro's managed container, kept for the whole run: the first test class's deployment starts Payara Micro
 * with the product WAR, every later class gets the same running application, and the container stops when the
 * suite ends. Every integration test talks to the deployed application from outside ({@code @RunAsClient}) and
 * seeds its own data, so the classes need no server of their own; starting one per class was two thirds of the
 * suite's time.
 * <p>
 * Before the server starts, the run's database is prepared: on PostgreSQL ({@code -Dit.database=postgres}) an
 * embedded server, or the one {@code -Dit.pg.url} names, with its role and database created when missing (see
 * {@link TestDatabase}). The data source settings reach Payara Micro as system properties, which the application
 * reads before the environment.
 */
public class SuiteDeployableContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SuiteDeployableContainer.class.getName());

    private final PayaraMicroDeployableContainer delegate = new PayaraMicroDeployableContainer();
    private TestDatabase database;
    private Archive<?> deployed;
    private ProtocolMetaData metaData;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        database = TestDatabase.forRun();
        Map<String, String> properties = new LinkedHashMap<>(database.applicationSettings());
        if (!properties.isEmpty()) {
            StringBuilder options = new StringBuilder(configuration.getCmdOptions() == null ? ""
                    : configuration.getCmdOptions());
            properties.forEach((name, value) -> options.append(" -D").append(name).append('=').append(value));
            configuration.setCmdOptions(options.toString().trim());
        }
        delegate.setup(configuration);
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return delegate.getDefaultProtocol();
    }

    @Override
    public void start() throws LifecycleException {
        delegate.start();
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (deployed == null) {
            LOG.info(() -> "Starting Payara Micro with " + archive.getName() + " for the whole run on "
                    + database.description());
            metaData = onLoopback(delegate.deploy(archive));
            deployed = archive;
        } else if (!deployed.getName().equals(archive.getName())) {
            throw new DeploymentException("One deployment serves the whole run, but a test class asked for "
                    + archive.getName() + " besides " + deployed.getName() + ": deploy the product WAR");
        }
        return metaData;
    }

    /**
     * The same contexts addressed through the loopback interface: Payara Micro reports the machine's first network
     * address, but it listens on all of them, and the tests' traffic has no reason to leave this machine.
     */
    private static ProtocolMetaData onLoopback(ProtocolMetaData reported) {
        ProtocolMetaData local = new ProtocolMetaData();
        for (HTTPContext context : reported.getContexts(HTTPContext.class)) {
            HTTPContext loopback = new HTTPContext(context.getName(), "127.0.0.1", context.getPort());
            context.getServlets().forEach(loopback::add);
            local.addContext(loopback);
        }
        return local;
    }

    /** The application stays deployed for the next test class; {@link #stop()} ends it. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            if (deployed != null) {
                delegate.undeploy(deployed);
                deployed = null;
            }
            delegate.stop();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop Payara Micro", e);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        delegate.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        delegate.undeploy(descriptor);
    }
}
