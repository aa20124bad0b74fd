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
 * Payara Micro's managed container, kept for the whole test JVM: the first test class's deployment starts Payara
 * Micro with the product WAR, every later class gets the same running application, and the server stops when the JVM
 * ends. Every integration test talks to the deployed application from outside ({@code @RunAsClient}) and seeds its
 * own data, so the classes need no server of their own; starting one per class was two thirds of the suite's time.
 * <p>
 * The server outlives Arquillian's suite on purpose: when failsafe runs the classes in several JVMs it hands each
 * class to its JVM as a run of its own, so Arquillian ends its "suite" after every class. The server, its database
 * and the deployment are therefore held once per JVM (static), and a shutdown hook stops them.
 * <p>
 * Before the server starts, the run's database is prepared: on PostgreSQL ({@code -Dit.database=postgres}) an
 * embedded server, or the one {@code -Dit.pg.url} names, with its role and database created when missing (see
 * {@link TestDatabase}). The data source settings reach Payara Micro as system properties, which the application
 * reads before the environment.
 */
public class SuiteDeployableContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SuiteDeployableContainer.class.getName());

    /** The JVM's one server; every instance Arquillian creates (one per class when forked) shares it. */
    private static final PayaraMicroDeployableContainer DELEGATE = new PayaraMicroDeployableContainer();
    private static TestDatabase database;
    private static Archive<?> deployed;
    private static ProtocolMetaData metaData;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        synchronized (SuiteDeployableContainer.class) {
            if (database != null) {
                return;
            }
            database = TestDatabase.forRun();
            Map<String, String> properties = new LinkedHashMap<>(database.applicationSettings());
            if (!properties.isEmpty()) {
                StringBuilder options = new StringBuilder(configuration.getCmdOptions() == null ? ""
                        : configuration.getCmdOptions());
                properties.forEach((name, value) -> options.append(" -D").append(name).append('=').append(value));
                configuration.setCmdOptions(options.toString().trim());
            }
            DELEGATE.setup(configuration);
            Runtime.getRuntime().addShutdownHook(new Thread(SuiteDeployableContainer::shutDown, "suite-server-stop"));
        }
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return DELEGATE.getDefaultProtocol();
    }

    @Override
    public void start() throws LifecycleException {
        synchronized (SuiteDeployableContainer.class) {
            if (deployed == null) {
                DELEGATE.start();
            }
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        synchronized (SuiteDeployableContainer.class) {
            if (deployed == null) {
                LOG.info(() -> "Starting Payara Micro with " + archive.getName() + " for this test JVM on "
                        + database.description());
                metaData = onLoopback(DELEGATE.deploy(archive));
                deployed = archive;
            } else if (!deployed.getName().equals(archive.getName())) {
                throw new DeploymentException("One deployment serves the whole run, but a test class asked for "
                        + archive.getName() + " besides " + deployed.getName() + ": deploy the product WAR");
            }
            return metaData;
        }
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

    /** The application stays deployed for the next test class; the JVM's end stops it. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    /** Arquillian's suite ends after every class when forked: the server stays for the next one. */
    @Override
    public void stop() {
    }

    /** At the JVM's end: the server and then its database. */
    private static void shutDown() {
        synchronized (SuiteDeployableContainer.class) {
            try {
                if (deployed != null) {
                    DELEGATE.undeploy(deployed);
                    deployed = null;
                }
                DELEGATE.stop();
            } catch (DeploymentException | LifecycleException | RuntimeException e) {
                LOG.warning(() -> "Could not stop Payara Micro: " + e);
            } finally {
                if (database != null) {
                    database.close();
                }
            }
        }
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        DELEGATE.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        DELEGATE.undeploy(descriptor);
    }
}
