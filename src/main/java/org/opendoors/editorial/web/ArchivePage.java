package org.opendoors.editorial.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.opendoors.content.archive.ContentArchive;
import org.opendoors.content.archive.ImportReport;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.editorial.service.CityImports;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.service.AuditLog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

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

    private transient Part upload;
    private transient ImportReport report;
    /** The checked files, kept until "apply" so what is applied is exactly what was reported on. */
    private HashMap<String, String> checkedFiles;
    private String uploadName;

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
        if (upload == null || upload.getSize() == 0) {
            notices.error("Choose a zip file of a content folder first.");
            return;
        }
        uploadName = upload.getSubmittedFileName();
        try (InputStream in = upload.getInputStream()) {
            report = imports.check(in, uploadName);
        } catch (NotAllowedException | IllegalStateException refused) {
            notices.error(refused.getMessage());
            return;
        } catch (IOException e) {
            notices.error("The upload could not be read; upload the zip again.");
            return;
        }
        if (report.isAcceptable()) {
            checkedFiles = new HashMap<>(report.filesToApply());
            notices.info("Every file passed. Nothing is applied yet: read the report, then apply.");
        } else {
            notices.error(report.getProblemCount() + " problem(s): nothing can be applied. "
                    + "The city families see is unchanged.");
        }
    }

    public void apply() {
        if (checkedFiles == null) {
            notices.error("Check an upload first.");
            return;
        }
        try {
            EditorialWorkflow.Imported imported = workflow.importCity(checkedFiles, uploadName);
            notices.info("Imported and published: " + imported.describe() + ".");
            checkedFiles = null;
            report = null;
        } catch (ContentRejectedException refused) {
            notices.error("Not imported: " + refused.getMessage());
        } catch (NotAllowedException refused) {
            notices.error(refused.getMessage());
        }
    }


    public boolean isCanApply() {
        return checkedFiles != null;
    }

    public ImportReport getReport() {
        return report;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public Map<String, String> getCheckedFiles() {
        return checkedFiles;
    }
}
