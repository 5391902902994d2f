package org.opendoors.backup.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.backup.service.DatabaseBackups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A backup of the embedded database as {@code opendoors-backup-<UTC time>.zip}, for admins (web.xml limits
 * {@code /admin/backup/*} to them, and {@link DatabaseBackups} checks again). Written to a temporary file first, so
 * what is sent is a finished backup with its length, and deleted once sent.
 */
@WebServlet("/admin/backup/download")
public class BackupDownloadServlet extends HttpServlet {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    private DatabaseBackups backups;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!backups.isEmbedded()) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        Path zip = backups.writeBackup();
        try {
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"opendoors-backup-"
                    + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".zip\"");
            response.setContentLengthLong(Files.size(zip));
            Files.copy(zip, response.getOutputStream());
        } finally {
            Files.deleteIfExists(zip);
            Files.deleteIfExists(zip.getParent());
        }
    }
}
