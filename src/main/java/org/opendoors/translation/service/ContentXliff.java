package org.opendoors.translation.service;

import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.domain.TranslatableText;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.content.reader.ContentTranslation;
import org.opendoors.content.reader.Quoted;
import org.opendoors.i18n.domain.SupportedLanguage;

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
 */
public final class ContentXliff {

    private ContentXliff() {
    }

    public static String export(Path folder, SupportedLanguage language) throws IOException, ContentRejectedException {
        CityContent content = ContentFolderReader.read(folder);
        Xliff xliff = new Xliff(content.sourceLanguage(), language.tag(), "content", "content/");
        for (TranslatableText unit : ContentTranslation.texts(content, language.tag())) {
            xliff.unit(unit.id(), unit.context(), unit.target() == null ? "initial" : "translated", unit.source(), unit.target());
        }
        return xliff.close();
    }

    public static XliffExchange.ImportReport importInto(Path folder, SupportedLanguage language, byte[] bytes)
            throws IOException, ContentRejectedException {
        Xliff.Parsed parsed;
        try {
            parsed = Xliff.parse(bytes);
        } catch (IllegalArgumentException invalid) {
            return refused(List.of(invalid.getMessage()));
        }
        if (!language.tag().equals(parsed.targetLanguage())) {
            return refused(List.of("the file is for " + Quoted.quote(parsed.targetLanguage()) + ", not '" + language.tag() + "'"));
        }
        CityContent content = ContentFolderReader.read(folder);
        Map<String, TranslatableText> units = new LinkedHashMap<>();
        ContentTranslation.texts(content, language.tag()).forEach(unit -> units.put(unit.id(), unit));
        Map<String, String> texts = new HashMap<>();
        units.values().forEach(unit -> texts.put(unit.id(), unit.target()));
        List<String> problems = new ArrayList<>();
        List<String> changedFiles = new ArrayList<>();
        int changed = 0;
        int unchanged = 0;
        for (Map.Entry<String, String> unit : parsed.targets().entrySet()) {
            if (!units.containsKey(unit.getKey())) {
                problems.add("unit " + Quoted.quote(unit.getKey()) + ": not a text of this content folder");
            } else if (unit.getValue() != null && !unit.getValue().strip().equals(texts.get(unit.getKey()))) {
                texts.put(unit.getKey(), unit.getValue().strip());
                String file = units.get(unit.getKey()).file();
                if (!changedFiles.contains(file)) {
                    changedFiles.add(file);
                }
                changed++;
            } else if (unit.getValue() != null) {
                unchanged++;
            }
        }
        Map<String, String> written = new LinkedHashMap<>();
        for (String file : changedFiles) {
            List<String> missing = units.keySet().stream()
                    .filter(id -> units.get(id).file().equals(file) && texts.get(id) == null).toList();
            if (!missing.isEmpty()) {
                problems.add(file + ": every text of the file needs a translation; missing " + missing);
                continue;
            }
            written.put(file, ContentTranslation.write(content, file, texts::get));
        }
        if (!problems.isEmpty()) {
            return refused(problems);
        }
        if (written.isEmpty()) {
            return new XliffExchange.ImportReport(true, 0, unchanged, List.of());
        }
        Path trial = Files.createTempDirectory("opendoors-content-import");
        try {
            copy(folder, trial);
            write(trial, written);
            ContentFolderReader.read(trial);
        } catch (ContentRejectedException rejected) {
            return refused(rejected.problems().stream().map(ContentProblem::toString).toList());
        } finally {
            delete(trial);
        }
        write(folder, written);
        return new XliffExchange.ImportReport(true, changed, unchanged, List.of());
    }

    private static XliffExchange.ImportReport refused(List<String> problems) {
        return new XliffExchange.ImportReport(false, 0, 0, problems);
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
