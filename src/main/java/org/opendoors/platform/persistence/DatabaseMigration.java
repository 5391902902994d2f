package org.opendoors.platform.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/** Brings the schema up to date with the scripts in {@code db/migration}, on H2 and PostgreSQL alike. */
public final class DatabaseMigration {

    private DatabaseMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource).migrate();
    }

    /** No migration has ever run here: a new database, which this start must fill with a city. Changes nothing. */
    public static boolean isNew(DataSource dataSource) {
        return flyway(dataSource).info().applied().length == 0;
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }
}
