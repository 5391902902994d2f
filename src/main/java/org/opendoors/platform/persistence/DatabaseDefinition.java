package org.opendoors.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's pooled data source. The class name points at {@link ConfiguredDataSource}, which
 * reads the environment at start-up, so one build serves H2 and PostgreSQL alike.
 */
@DataSourceDefinition(
        name = DatabaseDefinition.JNDI_NAME,
        className = "org.opendoors.platform.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class DatabaseDefinition {
    public static final String JNDI_NAME = "java:app/jdbc/opendoors";
}
