package org.opendoors.platform.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/** Brings the schema up to date with the scripts in {@code db/migration}, on H2 and PostgreSQL alike. */
public final class DatabaseMigration {

    private DatabaseMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
