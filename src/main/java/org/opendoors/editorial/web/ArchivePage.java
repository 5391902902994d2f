package org.opendoors.editorial.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.archive.FileReport;
import org.opendoors.content.archive.ReportedProblem;
import org.opendoors.content.archive.ContentArchive;
import org.opendoors.content.archive.ImportReport;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.editorial.domain.WorkflowState;
import org.opendoors.editorial.service.CityImports;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.web.StaffTexts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole city as a content/ folder in a zip: download what families see, or upload a folder, read the report
 * per file, and apply it (all or nothing) only when every file passed.
 * <p>
 * Backs {@code /admin/content/archive.xhtml}.
 */
@Named
@ViewScoped
public class ArchivePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Problems listed at once when applying fails; the check lists them all. */
    private static final int SHOWN_AT_APPLY = 10;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient EditorialWorkflow workflow;
    @Inject
    private transient ContentArchive archive;
    @Inject
    private transient CityImports imports;
    @Inject
    private transient AuditLog audit;
    @Inject
    private transient FacesContext faces;
    @Inject
    private transient Notices notices;
    @Inject
    private transient StaffTexts bo;
    @Inject
    private transient GuardWording guardWording;

    private transient UploadedFile upload;
    private transient ImportReport report;
    /** The checked files, kept until "apply" so what is applied is exactly what was reported on. */
    private HashMap<String, String> checkedFiles;
    private String uploadName;
    /** Unpublished work applying the checked files would supersede: shown before apply, confirmed to apply. */
    private ArrayList<DraftRow> draftsAtRisk = new ArrayList<>();
    private boolean draftsConfirmed;

    /** A draft or text in review on the list of work an import would supersede, as the publisher reads it. */
    public record DraftRow(String path, String state, String savedBy, String savedAt) implements Serializable {

        public String getPath() {
            return path;
        }

        public String getState() {
            return state;
        }

        public String getSavedBy() {
            return savedBy;
        }

        public String getSavedAt() {
            return savedAt;
        }
    }

    public void export() throws IOException {
        byte[] zip = archive.zip(library.publishedFiles());
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/zip");
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseContentLength(zip.length);
        external.setResponseHeader("Content-Disposition",
                "attachment; filename=\"open-doors-content-" + LocalDate.now() + ".zip\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(zip);
        }
        audit.record("content.export", "content.zip", zip.length + " bytes");
        faces.responseComplete();
    }

    public void check() {
        checkedFiles = null;
        report = null;
        draftsAtRisk = new ArrayList<>();
        draftsConfirmed = false;
        if (upload == null || upload.getSize() == 0) {
            notices.error(bo.get("workflow.archive.chooseFile"));
            return;
        }
        uploadName = upload.getFileName();
        try (InputStream in = upload.getInputStream()) {
            report = imports.check(in, uploadName);
        } catch (NotAllowedException | IllegalStateException refused) {
            notices.error(bo.explain(refused));
            return;
        } catch (IOException e) {
            notices.error(bo.get("workflow.archive.unreadable"));
            return;
        }
        if (report.isAcceptable()) {
            checkedFiles = new HashMap<>(report.filesToApply());
            com.ibm.icu.text.DateFormat when = whenFormat();
            workflow.draftsAnImportWouldSupersede(checkedFiles).forEach(draft -> draftsAtRisk.add(new DraftRow(
                    draft.path(), bo.get(draft.state() == WorkflowState.IN_REVIEW ? "workflow.archive.atRisk.state.in_review"
                            : "workflow.archive.atRisk.state.draft"),
                    draft.savedBy(), draft.savedAt() == null ? "" : when.format(java.util.Date.from(draft.savedAt())))));
            notices.info(bo.format("workflow.archive.checked", draftsAtRisk.size()));
        } else {
            notices.error(bo.format("workflow.archive.refused", report.getProblemCount()));
        }
    }

    public void apply() {
        if (checkedFiles == null) {
            notices.error(bo.get("workflow.archive.checkFirst"));
            return;
        }
        if (!draftsAtRisk.isEmpty() && !draftsConfirmed) {
            notices.error(bo.format("workflow.archive.confirmFirst", draftsAtRisk.size()));
            return;
        }
        try {
            Set<String> confirmed = draftsConfirmed
                    ? draftsAtRisk.stream().map(DraftRow::path).collect(Collectors.toSet()) : Set.of();
            EditorialWorkflow.Imported imported = workflow.importCity(checkedFiles, uploadName, confirmed);
            notices.info(bo.format("workflow.archive.imported", imported.added(), imported.changed(), imported.removed(),
                    imported.draftsSuperseded()));
            checkedFiles = null;
            report = null;
            draftsAtRisk = new ArrayList<>();
            draftsConfirmed = false;
        } catch (ContentRejectedException refused) {
            // The city changed since the check: say why, each problem in the reader's words.
            notices.error(bo.format("workflow.archive.refused", refused.problems().size()));
            refused.problems().stream().limit(SHOWN_AT_APPLY).forEach(problem ->
                    notices.error(bo.format("workflow.archive.problem.field", guardWording.where(problem), guardWording.message(problem))));
        } catch (NotAllowedException refused) {
            notices.error(bo.explain(refused));
        }
    }


    public List<DraftRow> getDraftsAtRisk() {
        return draftsAtRisk;
    }

    public boolean isDraftsConfirmed() {
        return draftsConfirmed;
    }

    public void setDraftsConfirmed(boolean draftsConfirmed) {
        this.draftsConfirmed = draftsConfirmed;
    }

    public boolean isCanApply() {
        return checkedFiles != null;
    }

    public ImportReport getReport() {
        return report;
    }

    /** Why a file is ignored or removed, in the reader's language; empty when it is obvious. */
    public String noteOf(FileReport file) {
        return file.getNoteWording() == null ? "" : bo.say(file.getNoteWording());
    }

    /** A problem of the report under its file's name, in the reader's language: {@code line 4: summary: why}. */
    public String describe(ReportedProblem problem) {
        ContentProblem found = problem.toContentProblem();
        String message = guardWording.message(found);
        String inField = found.field().isEmpty() ? message : bo.format("workflow.archive.problem.field", found.field(), message);
        return found.line() > 0 ? bo.format("workflow.archive.problem.line", found.line(), inField) : inField;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    /** "Dec 7, 2026, 3:55 AM UTC": when a draft at risk was saved. A new one per check: ICU formats are not thread-safe. */
    private static com.ibm.icu.text.DateFormat whenFormat() {
        com.ibm.icu.text.DateFormat format = com.ibm.icu.text.DateFormat.getInstanceForSkeleton("yMMMdjmmz",
                java.util.Locale.ENGLISH);
        format.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone("UTC"));
        return format;
    }

    public Map<String, String> getCheckedFiles() {
        return checkedFiles;
    }
}
