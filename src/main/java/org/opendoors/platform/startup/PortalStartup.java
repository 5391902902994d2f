package org.opendoors.platform.startup;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.flywaydb.core.api.output.MigrateResult;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.content.service.ContentImporter;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.platform.persistence.DatabaseDefinition;
import org.opendoors.platform.persistence.DatabaseMigration;
import org.opendoors.platform.persistence.DatabaseSettings;
import org.opendoors.security.service.FirstAdmin;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prepares the portal when the application starts: migrates the schema, fills an empty database from the content
 * folder ({@code OPENDOORS_CONTENT_DIR}, default {@code ./content}), and says where families can reach it.
 * A refused content folder stops the start with the list of problems: a portal without a city serves no one.
 */
@ApplicationScoped
public class PortalStartup {

    public static final String CONTENT_DIR = "OPENDOORS_CONTENT_DIR";
    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private ContentImporter importer;

    @Inject
    private ContentLibrary library;

    @Inject
    private FirstAdmin firstAdmin;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(System.getenv());
        LOG.info(() -> "Open Doors database: " + settings.describe());
        MigrateResult migration = DatabaseMigration.migrate(dataSource);
        LOG.info(() -> "Database schema at version " + migration.targetSchemaVersion);
        if (importer.isEmpty()) {
            importContent(contentFolder());
        }
        if (library.isEmpty()) {
            // The back office starts from the files families see: each becomes its own published version 1.
            int files = library.seedFrom(contentFolder());
            LOG.info(() -> "The back office keeps " + files + " content files with their versions");
        }
        firstAdmin.ensureOne();
    }

    /** Last of the start-up work: after the UI texts are laid over the bundles and the published city is built. */
    void announce(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
                  Object applicationStarted) {
        LOG.info(() -> "Open Doors is ready: " + PortalAddress.describe());
    }

    private void importContent(Path folder) {
        try {
            CityContent content = ContentFolderReader.read(folder);
            // Nothing is served yet: PublishedCity builds the first city families see once the files are kept.
            importer.importInto(content);
            LOG.info(() -> "Imported " + content.city().getName() + " from " + folder.toAbsolutePath() + ": "
                    + content.districts().size() + " districts, " + content.schools().size() + " schools");
        } catch (ContentRejectedException rejected) {
            LOG.log(Level.SEVERE, rejected.getMessage());
            throw new IllegalStateException("The content folder " + folder.toAbsolutePath() + " was refused", rejected);
        }
    }

    private static Path contentFolder() {
        String configured = System.getenv(CONTENT_DIR);
        return Path.of(configured == null || configured.isBlank() ? "./content" : configured);
    }
}
