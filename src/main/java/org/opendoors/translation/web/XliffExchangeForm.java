package org.opendoors.translation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.web.StaffTexts;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffReport;
import org.opendoors.translation.service.XliffWorkspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The XLIFF part of the translators' workspace: per language, the interface texts and the content texts to
 * download for a translation tool, and the form that uploads a translated file of either kind — applied whole, or
 * refused with every problem listed and nothing saved.
 * <p>
 * Backs the XLIFF section of {@code /admin/translation/index.xhtml}.
 */
@Named("xliffExchange")
@RequestScoped
public class XliffExchangeForm {

    @Inject
    private XliffWorkspace workspace;
    @Inject
    private TranslationOverviewPage overview;
    @Inject
    private XliffProblemWording wording;
    @Inject
    private Notices notices;
    @Inject
    private StaffTexts bo;

    private String lang;
    private transient UploadedFile file;
    private List<ProblemRow> problems = List.of();
    private List<String> draftFiles = List.of();

    /** One language's two downloads; null where the language is the one those texts are written in. */
    public record DownloadRow(SupportedLanguage language, Download ui, Download content) {
    }

    /** A file to download: its name and its address under the context path. */
    public record Download(String file, String address) {
    }

    /** A reason for a refusal as the table shows it: which unit, and why in the reader's words. */
    public record ProblemRow(String unit, String why) {
    }

    public List<DownloadRow> getDownloads() {
        List<SupportedLanguage> ui = workspace.languages(XliffKind.UI);
        List<SupportedLanguage> content = workspace.languages(XliffKind.CONTENT);
        return getLanguages().stream().map(language -> new DownloadRow(language,
                download(XliffKind.UI, language, ui), download(XliffKind.CONTENT, language, content))).toList();
    }

    /** Every language a file of either kind may be translated into, in the portal's order. */
    public List<SupportedLanguage> getLanguages() {
        List<SupportedLanguage> ui = workspace.languages(XliffKind.UI);
        List<SupportedLanguage> content = workspace.languages(XliffKind.CONTENT);
        return SupportedLanguage.all().stream().filter(language -> ui.contains(language) || content.contains(language)).toList();
    }

    public void upload() {
        Optional<SupportedLanguage> language = SupportedLanguage.fromTag(String.valueOf(lang)).filter(getLanguages()::contains);
        if (language.isEmpty()) {
            notices.error(bo.get("translation.xliff.upload.chooseLanguage"));
            return;
        }
        if (file == null || file.getSize() == 0) {
            notices.error(bo.get("translation.xliff.upload.chooseFile"));
            return;
        }
        XliffReport report;
        try (InputStream in = file.getInputStream()) {
            report = workspace.upload(language.get(), file.getFileName(), file.getSize(), in);
        } catch (IOException unreadable) {
            notices.error(bo.get("translation.xliff.upload.unreadable"));
            return;
        } catch (NotAllowedException refused) {
            notices.error(bo.explain(refused));
            return;
        }
        if (report.applied() && report.kind() == XliffKind.UI) {
            notices.info(bo.format("translation.xliff.applied.ui", report.changed(), report.unchanged()));
        } else if (report.applied()) {
            notices.info(bo.format("translation.xliff.applied.content", report.changed(), report.unchanged()));
            draftFiles = report.draftFiles();
        } else {
            notices.error(bo.format("translation.xliff.refused", report.problems().size()));
            problems = report.problems().stream().map(problem -> new ProblemRow(wording.unit(problem), wording.why(problem))).toList();
        }
    }

    /** The content files an upload saved as drafts, each to open and send for review; empty otherwise. */
    public List<String> getDraftFiles() {
        return draftFiles;
    }

    /** Why the upload was refused; empty when it was applied or nothing was uploaded. */
    public List<ProblemRow> getProblems() {
        return problems;
    }

    public int getMaxMegabytes() {
        return XliffWorkspace.MAX_BYTES / (1024 * 1024);
    }

    /** The language chosen for the upload: by default the one whose strings the page lists. */
    public String getLang() {
        return lang != null ? lang : overview.getLang();
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    private static Download download(XliffKind kind, SupportedLanguage language, List<SupportedLanguage> translated) {
        return translated.contains(language)
                ? new Download(kind.fileName(language.tag()), XliffDownloadServlet.address(kind, language)) : null;
    }
}
