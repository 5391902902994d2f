package org.opendoors.backup.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.backup.service.DatabaseBackups;

/**
 * How this portal's data is backed up: a download of the embedded database, or the PostgreSQL commands.
 * <p>
 * Backs {@code /admin/backup/index.xhtml}.
 */
@Named
@RequestScoped
public class BackupPage {

    @Inject
    private DatabaseBackups backups;

    public boolean isEmbedded() {
        return backups.isEmbedded();
    }
}
