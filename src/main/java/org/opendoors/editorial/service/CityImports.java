package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.content.archive.ContentArchive;
import org.opendoors.content.archive.ImportReport;
import org.opendoors.content.archive.ReportedProblem;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.domain.Role;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.service.CurrentUser;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

/**
 * Checks an uploaded city (a zip of a content folder) against the published one, for the people who prepare and
 * apply imports. Who may is checked before a byte of the upload is read; every check, passed or refused, is in the
 * audit log with who and from where. Applying a checked import is {@link EditorialWorkflow#importCity}.
 */
@ApplicationScoped
public class CityImports {

    static final String CHECK = "content.import-check";

    @Inject
    private CurrentUser user;
    @Inject
    private ContentLibrary library;
    @Inject
    private ContentArchive archive;
    @Inject
    private AuditLog audit;

    /**
     * An import check reads and guards the whole city (seconds of both cores for the sample city): one at a time,
     * so that uploads, however many, never take the server from the families.
     */
    private final Semaphore oneAtATime = new Semaphore(1);

    /**
     * The report on an upload: every file checked like the content folder on first start, compared with the city.
     *
     * @throws NotAllowedException   when the caller may not prepare an import (translators may not)
     * @throws IllegalStateException when another check is running
     * @throws IOException         when the upload cannot be read or the temporary copy written
     */
    public ImportReport check(InputStream upload, String uploadName) throws IOException {
        String subject = uploadName == null || uploadName.isBlank() ? "upload" : uploadName;
        try {
            user.require("checkImport",
                    Role.COMMUNICATOR, Role.PUBLISHER, Role.ADMIN);
        } catch (NotAllowedException refused) {
            audit.recordRefusal(CHECK + EditorialWorkflow.REFUSED, subject, refused.getMessage());
            throw refused;
        }
        if (!oneAtATime.tryAcquire()) {
            IllegalStateException busy = new IllegalStateException("Another city is being checked right now; "
                    + "check yours again in a minute.");
            audit.recordRefusal(CHECK + EditorialWorkflow.REFUSED, subject, busy.getMessage());
            throw busy;
        }
        ImportReport report;
        try {
            report = archive.check(library.publishedFiles(), upload);
        } finally {
            oneAtATime.release();
        }
        if (report.isAcceptable()) {
            audit.record(CHECK, subject, "every file passed; " + report.getCounts());
        } else {
            audit.recordRefusal(CHECK + EditorialWorkflow.REFUSED, subject, Refusals.summary(problemsOf(report)));
        }
        return report;
    }

    private static List<ContentProblem> problemsOf(ImportReport report) {
        return Stream.concat(report.getGeneralProblems().stream(),
                        report.getFiles().stream().flatMap(file -> file.getProblems().stream()))
                .map(ReportedProblem::toContentProblem)
                .toList();
    }
}
