package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentAddress;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.TextFields;
import org.opendoors.editorial.domain.TranslationStatus;
import org.opendoors.editorial.persistence.DocumentRepository;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.security.service.AuditLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reading the city's content files, their versions and how their translations stand. */
@ApplicationScoped
public class ContentLibrary {

    public static final String IMPORTED_BY = "import";

    @Inject
    private DocumentRepository documents;
    @Inject
    private EditorialWorkflow workflow;
    @Inject
    private AuditLog audit;

    @Transactional
    public boolean isEmpty() {
        return documents.count() == 0;
    }

    /**
     * Takes a content folder families already see as the first, published version of every file, so the back office
     * starts from exactly what the portal shows.
     */
    @Transactional
    public int seedFrom(Path folder) {
        List<String> paths = contentPaths(folder);
        String sourceLanguage = paths.contains("city.yaml")
                ? TextFields.all(read(folder.resolve("city.yaml"))).getOrDefault("source_language", "") : "";
        for (String path : paths) {
            DocumentAddress address = DocumentKind.of(path).orElseThrow();
            ContentDocument document = new ContentDocument(address);
            int number = document.nextVersion();
            document.publishedOnImport();
            documents.add(document);
            Integer basedOn = address.kind().isTranslatable() && !sourceLanguage.equals(address.language()) ? 1 : null;
            documents.add(new DocumentVersion(path, number, read(folder.resolve(path)), IMPORTED_BY, Instant.now(),
                    "Imported from " + folder.toAbsolutePath().normalize(), basedOn));
        }
        audit.recordAs(AuditLog.SYSTEM, "content.import", folder.toAbsolutePath().normalize().toString(),
                paths.size() + " files imported as published version 1");
        return paths.size();
    }

    @Transactional
    public List<ContentDocument> all() {
        return documents.all();
    }

    @Transactional
    public List<ContentDocument> ofItem(String item) {
        return documents.ofItem(item);
    }

    @Transactional
    public Optional<ContentDocument> document(String path) {
        return documents.find(path);
    }

    @Transactional
    public Optional<DocumentVersion> head(String path) {
        return documents.find(path).flatMap(document -> documents.version(path, document.getHeadVersion()));
    }

    @Transactional
    public Optional<DocumentVersion> version(String path, int number) {
        return documents.version(path, number);
    }

    @Transactional
    public List<DocumentVersion> history(String path) {
        return documents.history(path);
    }

    @Transactional
    public Map<String, String> publishedFiles() {
        return documents.publishedFiles();
    }

    @Transactional
    public Map<String, String> headFiles() {
        return documents.headFiles();
    }

    /** Per language other than the source: is the item's translation missing, stale or up to date? */
    @Transactional
    public List<TranslationStatus> translations(String sourcePath) {
        DocumentAddress source = DocumentKind.of(sourcePath).orElseThrow();
        String sourceLanguage = workflow.sourceLanguage();
        List<TranslationStatus> statuses = new ArrayList<>();
        if (!source.kind().isTranslatable()) {
            return statuses;
        }
        DocumentAddress sourceFile = DocumentKind.of(source.pathIn(sourceLanguage)).orElseThrow();
        Map<String, String> sourceNow = head(sourceFile.path()).map(v -> TextFields.texts(v.getBody())).orElse(Map.of());
        for (SupportedLanguage language : SupportedLanguage.values()) {
            if (language.tag().equals(sourceLanguage)) {
                continue;
            }
            statuses.add(statusOf(sourceFile.pathIn(language.tag()), language.tag(), sourceFile.path(), sourceNow));
        }
        return statuses;
    }

    /** How one language's translation of a source-language text file stands. */
    @Transactional
    public TranslationStatus translation(String sourcePath, String language) {
        Map<String, String> sourceNow = head(sourcePath).map(v -> TextFields.texts(v.getBody())).orElse(Map.of());
        return statusOf(DocumentKind.of(sourcePath).orElseThrow().pathIn(language), language, sourcePath, sourceNow);
    }

    private TranslationStatus statusOf(String path, String language, String sourcePath, Map<String, String> sourceNow) {
        Optional<DocumentVersion> target = head(path);
        if (target.isEmpty()) {
            return TranslationStatus.missing(language, sourceNow.keySet());
        }
        Map<String, String> sourceThen = Optional.ofNullable(target.get().getBasedOnSource())
                .flatMap(number -> documents.version(sourcePath, number))
                .map(version -> TextFields.texts(version.getBody()))
                .orElse(null);
        return TranslationStatus.of(language, sourceNow, sourceThen, TextFields.texts(target.get().getBody()));
    }

    static List<String> contentPaths(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            // Links are not followed: the folder was read (and refused if a link leads out) before it is seeded.
            return files.filter(file -> Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> DocumentKind.of(path).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            if (BinaryFiles.isBinary(file.getFileName().toString())) {
                return BinaryFiles.toStored(Files.readAllBytes(file));
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
