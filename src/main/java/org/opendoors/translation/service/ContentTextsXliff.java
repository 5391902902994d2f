package org.opendoors.translation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.FolderCheck;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.editorial.service.PreviewCity;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffProblem;
import org.opendoors.translation.domain.XliffRefusedException;
import org.opendoors.translation.domain.XliffReport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The city's content texts as XLIFF in the back office, from the newest version of every file (drafts included: a
 * translator translates what is being written, not only what families see). An upload rewrites each translation
 * file one of its texts changed in, checks the whole city with those files — the importer's validation and the
 * guard over their texts — and saves them as drafts through {@link EditorialWorkflow#saveTranslations}, which
 * checks them again against the published city: all files or none, each versioned and waiting for review.
 */
@ApplicationScoped
public class ContentTextsXliff {

    /** The note of every version an upload saves, in its history. */
    static final String NOTE = "XLIFF upload";

    @Inject
    private PreviewCity previewCity;
    @Inject
    private ContentLibrary library;
    @Inject
    private EditorialWorkflow workflow;

    public String export(SupportedLanguage language) throws ContentRejectedException {
        return ContentXliff.export(previewCity.current().content(), language);
    }

    /** @param targets each unit's target in the uploaded file (null where it has none) */
    public XliffReport apply(SupportedLanguage language, Map<String, String> targets) throws XliffRefusedException {
        // The versions before the texts: a save in between then shows as a conflict, never as a text overwritten.
        Map<String, Integer> versions = new HashMap<>();
        library.all().forEach(document -> versions.put(document.getPath(), document.getHeadVersion()));
        ContentXliff.FileChanges changes = changedFiles(library.headFiles(), language, targets);
        if (changes.files().isEmpty()) {
            return XliffReport.applied(XliffKind.CONTENT, 0, changes.unchanged());
        }
        try {
            workflow.saveTranslations(changes.files(), versions, NOTE);
        } catch (ContentRejectedException refused) {
            throw refusedFor(refused);
        } catch (SaveConflict conflict) {
            throw new XliffRefusedException(XliffKind.CONTENT, new XliffProblem.SavedMeanwhile(conflict.theirs().getPath(),
                    conflict.theirs().getSavedBy()));
        }
        return XliffReport.applied(XliffKind.CONTENT, changes.changed(), changes.unchanged(),
                List.copyOf(changes.files().keySet()));
    }

    /**
     * The translation files an upload changes, written whole, or a refusal listing every problem: units the city
     * does not have, files with texts still missing, and what the whole city with the new files — read like a
     * content folder, the new files' texts guarded — refuses.
     *
     * @param headFiles the newest version of every file, path → text
     */
    static ContentXliff.FileChanges changedFiles(Map<String, String> headFiles, SupportedLanguage language,
                                                  Map<String, String> targets) throws XliffRefusedException {
        CityContent city;
        try {
            city = FolderCheck.read(headFiles, file -> false);
        } catch (ContentRejectedException unreadable) {
            // Every version passed the checks when it was saved; the drafts together may still not make a city.
            throw refusedFor(unreadable);
        }
        ContentXliff.FileChanges changes = ContentXliff.changes(city, language, targets);
        if (!changes.problems().isEmpty()) {
            throw new XliffRefusedException(XliffKind.CONTENT, changes.problems());
        }
        if (!changes.files().isEmpty()) {
            Map<String, String> trial = new HashMap<>(headFiles);
            trial.putAll(changes.files());
            try {
                FolderCheck.read(trial, changes.files()::containsKey);
            } catch (ContentRejectedException refused) {
                throw refusedFor(refused);
            }
        }
        return changes;
    }

    private static XliffRefusedException refusedFor(ContentRejectedException refused) {
        List<XliffProblem> problems = refused.problems().stream()
                .<XliffProblem>map(XliffProblem.ContentRefused::new).toList();
        return new XliffRefusedException(XliffKind.CONTENT, problems);
    }
}
