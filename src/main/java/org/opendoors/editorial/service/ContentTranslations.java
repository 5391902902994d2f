package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.ContentTranslationState;
import org.opendoors.editorial.domain.TextFields;
import org.opendoors.editorial.domain.TranslationCounts;
import org.opendoors.editorial.domain.TranslationStatus;
import org.opendoors.editorial.domain.WorkflowState;
import org.opendoors.editorial.persistence.DocumentRepository;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The translators' view of content (school texts, the guide, targeted blocks): per language, how many texts are
 * missing, stale, translated or reviewed, and which files need work. Read in a few queries, not one per file.
 */
@ApplicationScoped
public class ContentTranslations {

    @Inject
    private DocumentRepository documents;
    @Inject
    private EditorialWorkflow workflow;

    /** One translatable file in one language that needs a translator: missing or stale texts. */
    public record Work(String sourcePath, String path, String item, TranslationStatus status) {
        public String getPath() {
            return path;
        }

        public String getItem() {
            return item;
        }

        public TranslationStatus getStatus() {
            return status;
        }
    }

    @Transactional
    public List<TranslationCounts> counts() {
        Snapshot snapshot = snapshot();
        List<TranslationCounts> counts = new ArrayList<>();
        for (SupportedLanguage language : SupportedLanguage.all()) {
            if (language.tag().equals(snapshot.source)) {
                continue;
            }
            int missing = 0, stale = 0, translated = 0, reviewed = 0;
            for (ContentDocument source : snapshot.sources) {
                String path = source.address().pathIn(language.tag());
                TranslationStatus status = snapshot.status(source, path, language.tag());
                int texts = snapshot.sourceTexts(source).size();
                missing += status.missingFields().size();
                stale += status.staleFields().size();
                int rest = texts - status.missingFields().size() - status.staleFields().size();
                boolean published = Optional.ofNullable(snapshot.byPath.get(path))
                        .map(target -> target.getState() == WorkflowState.PUBLISHED).orElse(false);
                if (published) {
                    reviewed += rest;
                } else {
                    translated += rest;
                }
            }
            counts.add(new TranslationCounts(language.tag(), missing, stale, translated, reviewed));
        }
        return counts;
    }

    /** The files of one language with missing or stale texts. */
    @Transactional
    public List<Work> work(String language) {
        Snapshot snapshot = snapshot();
        List<Work> work = new ArrayList<>();
        for (ContentDocument source : snapshot.sources) {
            String path = source.address().pathIn(language);
            TranslationStatus status = snapshot.status(source, path, language);
            if (status.state() != ContentTranslationState.UP_TO_DATE) {
                work.add(new Work(source.getPath(), path, source.getItem(), status));
            }
        }
        return work;
    }

    private Snapshot snapshot() {
        return new Snapshot(workflow.sourceLanguage(), documents.all(), documents.headFiles(), documents.headSourceVersions());
    }

    /** Every document and newest text at one moment; older source versions are read only for translations behind. */
    private final class Snapshot {
        final String source;
        final List<ContentDocument> sources = new ArrayList<>();
        final Map<String, ContentDocument> byPath = new HashMap<>();
        final Map<String, String> heads;
        final Map<String, Integer> basedOn;
        final Map<String, Map<String, String>> texts = new HashMap<>();

        Snapshot(String source, List<ContentDocument> all, Map<String, String> heads, Map<String, Integer> basedOn) {
            this.source = source;
            this.heads = heads;
            this.basedOn = basedOn;
            for (ContentDocument document : all) {
                byPath.put(document.getPath(), document);
                if (document.getKind().isTranslatable() && source.equals(document.getLanguage())) {
                    sources.add(document);
                }
            }
        }

        Map<String, String> sourceTexts(ContentDocument document) {
            return texts(document.getPath());
        }

        Map<String, String> texts(String path) {
            return texts.computeIfAbsent(path, p -> heads.containsKey(p) ? TextFields.texts(heads.get(p)) : Map.of());
        }

        TranslationStatus status(ContentDocument sourceDocument, String path, String language) {
            Map<String, String> sourceNow = sourceTexts(sourceDocument);
            ContentDocument target = byPath.get(path);
            if (target == null) {
                return TranslationStatus.missing(language, sourceNow.keySet());
            }
            Integer madeFrom = basedOn.get(path);
            Map<String, String> sourceThen = madeFrom == null ? null : madeFrom == sourceDocument.getHeadVersion()
                    ? sourceNow : documents.version(sourceDocument.getPath(), madeFrom).map(v -> TextFields.texts(v.getBody())).orElse(null);
            return TranslationStatus.of(language, sourceNow, sourceThen, texts(path));
        }
    }
}
