package org.opendoors.translation.service;

import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.domain.TranslatableText;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.content.reader.ContentTranslation;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * XLIFF 2.0 exchange of the city's content (school texts, the guide, targeted blocks) for one language, on a
 * content folder as cities keep it in git. An import is applied all or nothing: the changed files are written into
 * a copy of the folder, the whole copy is read with the importer's validation and the content guard, and only then
 * are the files written for real. Units whose text did not change write nothing.
 * <p>
 * The back office exports and compares the same way from the newest versions of the city's files and saves the
 * changed files as drafts ({@link ContentTextsXliff}).
 */
public final class ContentXliff {

    private ContentXliff() {
    }

    public static String export(Path folder, SupportedLanguage language) throws IOException, ContentRejectedException {
        return export(ContentFolderReader.read(folder), language);
    }

    /** A language's texts of a city, read from a folder or from the back office's newest versions. */
    public static String export(CityContent content, SupportedLanguage language) {
        Xliff xliff = new Xliff(content.sourceLanguage(), language.tag(), XliffKind.CONTENT.fileId(),
                XliffKind.CONTENT.original());
        for (TranslatableText unit : ContentTranslation.texts(content, language.tag())) {
            xliff.unit(unit.id(), unit.context(), unit.target() == null ? "initial" : "translated", unit.source(), unit.target());
        }
        return xliff.close();
    }

    /**
     * What an upload changes in a city: each translation file one of its texts changed in, written whole from the
     * city's texts and the upload's. A file is written only when every text of it has a translation; the files are
     * not checked yet (the caller reads the whole city with them).
     *
     * @param files   path → new text of each translation file the upload changes
     * @param changed how many texts changed (several may be in one file)
     */
    record FileChanges(Map<String, String> files, int changed, int unchanged, List<XliffProblem> problems) {
    }

    static FileChanges changes(CityContent content, SupportedLanguage language, Map<String, String> targets) {
        Map<String, TranslatableText> units = new LinkedHashMap<>();
        ContentTranslation.texts(content, language.tag()).forEach(unit -> units.put(unit.id(), unit));
        Map<String, String> stored = new HashMap<>();
        units.values().forEach(unit -> stored.put(unit.id(), unit.target()));
        UnitChanges changes = UnitChanges.of(XliffKind.CONTENT, targets, stored, String::strip);
        Map<String, String> texts = new HashMap<>(stored);
        texts.putAll(changes.changed());
        List<XliffProblem> problems = new ArrayList<>(changes.problems());
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : changes.changed().keySet().stream().map(id -> units.get(id).file()).distinct().toList()) {
            List<String> missing = units.keySet().stream()
                    .filter(id -> units.get(id).file().equals(file) && texts.get(id) == null).toList();
            if (missing.isEmpty()) {
                files.put(file, ContentTranslation.write(content, file, texts::get));
            } else {
                problems.add(new XliffProblem.IncompleteFile(file, missing));
            }
        }
        return new FileChanges(files, changes.changed().size(), changes.unchanged(), problems);
    }

    public static XliffExchange.ImportReport importInto(Path folder, SupportedLanguage language, byte[] bytes)
            throws IOException, ContentRejectedException {
        Xliff.Parsed parsed;
        try {
            parsed = Xliff.parse(bytes);
        } catch (Xliff.Unreadable invalid) {
            return XliffExchange.refused(List.of(invalid.problem()));
        }
        if (!language.tag().equals(parsed.targetLanguage())) {
            return XliffExchange.refused(List.of(new XliffProblem.WrongLanguage(parsed.targetLanguage(), language.tag())));
        }
        FileChanges changes = changes(ContentFolderReader.read(folder), language, parsed.targets());
        if (!changes.problems().isEmpty()) {
            return XliffExchange.refused(changes.problems());
        }
        if (changes.files().isEmpty()) {
            return new XliffExchange.ImportReport(true, 0, changes.unchanged(), List.of());
        }
        Path trial = Files.createTempDirectory("opendoors-content-import");
        try {
            copy(folder, trial);
            write(trial, changes.files());
            ContentFolderReader.read(trial);
        } catch (ContentRejectedException rejected) {
            return XliffExchange.refused(rejected.problems().stream().<XliffProblem>map(XliffProblem.ContentRefused::new).toList());
        } finally {
            delete(trial);
        }
        write(folder, changes.files());
        return new XliffExchange.ImportReport(true, changes.changed(), changes.unchanged(), List.of());
    }

    private static void write(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    // A link is copied as the link, never as the file it points to: the trial read then refuses a
                    // link out of the folder exactly as reading the folder itself does.
                    Files.copy(source, target, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
