package org.opendoors.translation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.domain.Role;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.service.CurrentUser;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffProblem;
import org.opendoors.translation.domain.XliffRefusedException;
import org.opendoors.translation.domain.XliffReport;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * XLIFF files in the translators' workspace: a language's interface texts or content texts to download for a
 * translation tool, and an upload of either kind told apart by what the file says it holds, checked whole and
 * applied all or nothing. Who may is checked before a byte of an upload is read; every upload, applied or refused,
 * is in the audit log.
 */
@ApplicationScoped
public class XliffWorkspace {

    /** The largest file an upload reads; a larger one is refused before it is read into memory, let alone parsed. */
    public static final int MAX_BYTES = Xliff.MAX_BYTES;
    static final String UPLOAD = "translation.xliff-upload";
    private static final Role[] TRANSLATING_ROLES = {Role.TRANSLATOR, Role.PUBLISHER, Role.ADMIN};

    @Inject
    private CurrentUser user;
    @Inject
    private AuditLog audit;
    @Inject
    private EditorialWorkflow workflow;
    @Inject
    private UiTextsXliff uiTexts;
    @Inject
    private ContentTextsXliff contentTexts;

    /**
     * A content upload reads the whole city twice and guards the changed files (seconds of both cores for the
     * sample city): one upload at a time, so that uploads, however many, never take the server from the families.
     */
    private final Semaphore oneAtATime = new Semaphore(1);

    /** The languages a kind's texts are translated into: every language but the one they are written in. */
    public List<SupportedLanguage> languages(XliffKind kind) {
        String source = sourceLanguage(kind);
        return SupportedLanguage.all().stream().filter(language -> !language.tag().equals(source)).toList();
    }

    /**
     * @throws IllegalArgumentException when the language is the one the kind's texts are written in
     * @throws ContentRejectedException when the newest versions of the content files do not make a city
     */
    public String export(XliffKind kind, SupportedLanguage language) throws ContentRejectedException {
        user.require("downloadXliff", TRANSLATING_ROLES);
        if (!languages(kind).contains(language)) {
            throw new IllegalArgumentException(language.tag() + " is the source language of the " + kind.code() + " texts");
        }
        return kind == XliffKind.UI ? uiTexts.export(language) : contentTexts.export(language);
    }

    /**
     * Applies an uploaded XLIFF file translated into {@code language}, or refuses it whole.
     *
     * @param size the size the upload declares, so a file over {@link #MAX_BYTES} is refused without reading it
     */
    public XliffReport upload(SupportedLanguage language, String fileName, long size, InputStream file) throws IOException {
        String subject = (fileName == null || fileName.isBlank() ? "upload" : fileName) + " (" + language.tag() + ")";
        try {
            user.require("uploadXliff", TRANSLATING_ROLES);
        } catch (NotAllowedException refused) {
            audit.recordRefusal(UPLOAD + EditorialWorkflow.REFUSED, subject, refused.getMessage());
            throw refused;
        }
        XliffReport report = size > MAX_BYTES ? XliffReport.refused(null, new XliffProblem.TooLarge(MAX_BYTES))
                : read(language, file.readNBytes(MAX_BYTES + 1));
        if (report.applied()) {
            audit.record(UPLOAD, subject, report.summary());
        } else {
            audit.recordRefusal(UPLOAD + EditorialWorkflow.REFUSED, subject, report.summary());
        }
        return report;
    }

    private XliffReport read(SupportedLanguage language, byte[] bytes) throws IOException {
        if (!oneAtATime.tryAcquire()) {
            return XliffReport.refused(null, new XliffProblem.Busy());
        }
        try {
            XliffUpload.Opened file = XliffUpload.open(bytes, language, this::sourceLanguage);
            return file.kind() == XliffKind.UI ? uiTexts.apply(language, file.parsed().targets())
                    : contentTexts.apply(language, file.parsed().targets());
        } catch (XliffRefusedException refused) {
            return refused.report();
        } finally {
            oneAtATime.release();
        }
    }

    private String sourceLanguage(XliffKind kind) {
        return kind == XliffKind.UI ? MessageCatalog.SOURCE.tag() : workflow.sourceLanguage();
    }
}
