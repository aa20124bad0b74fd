package org.partyregistry.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's own pooled data source (never Payara's throw-away default one). */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.partyregistry.platform.RegistryDataSource",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data"
        })
@ApplicationScoped
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/registry";
}
