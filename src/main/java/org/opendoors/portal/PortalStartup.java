package org.opendoors.portal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.flywaydb.core.api.output.MigrateResult;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.guard.service.ModelStore;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.platform.persistence.DatabaseDefinition;
import org.opendoors.platform.persistence.DatabaseMigration;
import org.opendoors.platform.persistence.DatabaseSettings;
import org.opendoors.platform.persistence.FirstStartLock;
import org.opendoors.platform.startup.BadConfiguration;
import org.opendoors.platform.startup.FirstPageCheck;
import org.opendoors.platform.startup.PortalReadiness;
import org.opendoors.platform.startup.PortalStop;
import org.opendoors.platform.web.ClientAddress;
import org.opendoors.platform.web.ManagementFilter;
import org.opendoors.platform.web.PublicOrigin;
import org.opendoors.school.domain.SchoolCatalog;
import org.opendoors.security.service.FirstAdmin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Prepares the portal when the application starts: migrates the schema, fills an empty database from the content
 * folder ({@code OPENDOORS_CONTENT_DIR}, default {@code ./content}), makes sure there is a first admin, then has
 * {@link FirstPageCheck} declare the portal ready once a family page renders.
 * <p>
 * What a first start needs (a content folder that passes every check, a usable admin password) is checked before
 * the database is changed; the import (every content file as its published version 1) is one transaction. Anything that stops the start stops the process too
 * ({@link PortalStop}), with one line saying why: a portal without a city, or half of one, serves no one.
 */
@ApplicationScoped
public class PortalStartup {

    public static final String CONTENT_DIR = "OPENDOORS_CONTENT_DIR";
    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private ContentLibrary library;

    @Inject
    private FirstAdmin firstAdmin;

    @Inject
    private PortalReadiness readiness;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        try {
            prepare();
        } catch (BadConfiguration bad) {
            PortalStop.refuse(bad);
        } catch (RuntimeException | Error unexpected) {
            PortalStop.failed("the start-up stopped at an unexpected error (" + unexpected + "); see above", unexpected);
        }
        FirstPageCheck.start(readiness);
    }

    private void prepare() {
        try {
            PublicOrigin.check();
        } catch (IllegalStateException malformed) {
            throw new BadConfiguration(PublicOrigin.VARIABLE, malformed.getMessage(),
                    "Set it to the address families type, like https://schools.example.org, or leave it unset.");
        }
        try {
            ManagementFilter.check();
        } catch (IllegalStateException tooShort) {
            throw new BadConfiguration(ManagementFilter.VARIABLE, tooShort.getMessage(),
                    "Make one with: openssl rand -hex 32 (or leave it unset: /metrics is then not served).");
        }
        try {
            ClientAddress.check();
        } catch (IllegalStateException malformed) {
            throw new BadConfiguration(ClientAddress.VARIABLE, malformed.getMessage(), "List the addresses of the "
                    + "proxies in front of the portal, like 10.0.0.5,10.0.1.0/24, or leave it unset when there is none.");
        }
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(System.getenv());
        LOG.info(() -> "Open Doors database: " + settings.describe());
        // The guard's models learned from the examples, kept so that the next start reads rather than learns them.
        ModelStore.keepIn(settings.dataFolder().resolve("guard-models"));
        Path folder = contentFolder();
        CityContent city = null;
        if (DatabaseMigration.isNew(dataSource)) {
            // Everything a first start needs is checked before the database is changed at all.
            FirstAdmin.requireUsablePassword();
            city = readCity(folder);
        }
        MigrateResult migration = DatabaseMigration.migrate(dataSource);
        LOG.info(() -> "Database schema at version " + migration.targetSchemaVersion);
        // Nodes started together fill an empty database one at a time: the first imports, the others find it done.
        try (FirstStartLock lock = FirstStartLock.take(dataSource)) {
            if (library.isEmpty()) {
                if (city == null) {
                    // A database with a schema and no content files (an earlier first start stopped): a first start again.
                    if (firstAdmin.isNeeded()) {
                        FirstAdmin.requireUsablePassword();
                    }
                    city = readCity(folder);
                }
                importCity(city, folder);
            }
            firstAdmin.ensureOne();
        } catch (SQLException failed) {
            throw new IllegalStateException("The database could not be locked for the first start: " + failed.getMessage(),
                    failed);
        }
    }

    /** The city of a first start, read and checked whole; a missing or refused folder stops the start. */
    static CityContent readCity(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new BadConfiguration(CONTENT_DIR, "There is no content folder at " + absolute + " to import the city from",
                    "Set it to the city's content folder (imported once, into an empty database).");
        }
        try {
            return ContentFolderReader.read(absolute);
        } catch (ContentRejectedException rejected) {
            // Every problem, one per line (file:line: field: what is wrong), then the one line that stops the start.
            LOG.log(Level.SEVERE, rejected.getMessage());
            throw new BadConfiguration(CONTENT_DIR, "The content folder " + absolute + " was refused with "
                    + rejected.problems().size() + " problem(s), listed above; nothing was imported",
                    "Correct them (mvn -q exec:java -Dexec.args=\"check-content DIR\" checks a folder) and start again.");
        }
    }

    private void importCity(CityContent city, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        // Nothing is served yet: PublishedCity builds the first city families see once the application has started.
        // Every file becomes its own published version 1, all in one transaction.
        int files = library.seedFrom(absolute);
        CityDescription description = city.part(CityDescription.class);
        LOG.info(() -> "Imported " + description.city().getName() + " from " + absolute + ": "
                + description.districts().size() + " districts, " + city.part(SchoolCatalog.class).schools().size()
                + " schools; the back office keeps " + files + " content files");
    }

    private static Path contentFolder() {
        String configured = System.getenv(CONTENT_DIR);
        return Path.of(configured == null || configured.isBlank() ? "./content" : configured);
    }
}
