package org.opendoors.content.reader;

import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.guard.domain.GuardRuleSet;
import org.opendoors.content.guard.domain.LanguageRules;
import org.opendoors.content.guard.service.ContentGuard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Reads a {@code content/} folder (layout in {@code content/README.md}) into a {@link CityContent}, or refuses it
 * whole with every problem found: file, line, field and what to do. Nothing half-read ever leaves this class.
 * <p>
 * It knows no feature: each {@link ContentFormat} reads the files its feature owns, in the order their parts refer
 * to each other, and then the content guard reads every text they noted.
 */
public final class ContentFolderReader {

    /** Found once: the formats are classes of the portal, not configuration. */
    private static final List<ContentFormat<?>> FORMATS = inReadingOrder(loadFormats());

    private static final AtomicReference<CompiledGuard> LAST_GUARD = new AtomicReference<>();

    private ContentFolderReader() {
    }

    /**
     * The guard for these rules: the one compiled last when the rules are the same (they change far less often than
     * the files are saved), compiled anew otherwise.
     */
    static ContentGuard compiled(Map<String, LanguageRules> rules) {
        CompiledGuard last = LAST_GUARD.get();
        if (last != null && last.rules().equals(rules)) {
            return last.guard();
        }
        ContentGuard guard = new ContentGuard(rules);
        LAST_GUARD.set(new CompiledGuard(Map.copyOf(rules), guard));
        return guard;
    }

    private record CompiledGuard(Map<String, LanguageRules> rules, ContentGuard guard) {
    }

    /** The content guard with the rules of a content folder ({@code guard/<lang>.yaml}), which must be valid. */
    public static ContentGuard guard(Path folder) {
        return compiled(guardRules(folder));
    }

    /** The content guard's rules and examples of a content folder, per language, which must be valid. */
    public static Map<String, LanguageRules> guardRules(Path folder) {
        Problems problems = new Problems();
        Map<String, LanguageRules> rules = GuardRulesReader.read(new ContentFiles(folder, problems), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(new ContentRejectedException(problems.all()).getMessage());
        }
        return rules;
    }

    public static CityContent read(Path folder) throws ContentRejectedException {
        return read(folder, file -> true);
    }

    /**
     * Reads and checks the whole folder, but runs the content guard only over the texts of the files it names:
     * the rest were guarded when they were saved.
     */
    public static CityContent read(Path folder, Predicate<String> guardedFiles) throws ContentRejectedException {
        return read(new ContentFiles(folder, new Problems()), guardedFiles);
    }

    /** Reads content files from wherever they are held (a folder, or memory) by one and the same set of rules. */
    public static CityContent read(ContentFiles files, Predicate<String> guardedFiles) throws ContentRejectedException {
        Problems problems = files.problems();
        if (!files.folderExists()) {
            problems.add(files.folderName(), 0, "", "is not a folder");
            throw new ContentRejectedException(problems.all());
        }
        TextsToGuard textsToGuard = new TextsToGuard(problems);
        Map<Class<?>, Object> parts = new LinkedHashMap<>();
        ContentReading reading = new ContentReading(files, textsToGuard, parts);
        for (ContentFormat<?> format : FORMATS) {
            parts.put(format.part(), format.read(reading));
        }
        Map<String, LanguageRules> rules = GuardRulesReader.read(files, problems);
        parts.put(GuardRuleSet.class, new GuardRuleSet(rules));
        textsToGuard.check(() -> compiled(rules), guardedFiles);
        if (!problems.isEmpty()) {
            throw new ContentRejectedException(problems.all());
        }
        return new CityContent(parts);
    }

    /** The folder of the guard's rules, one YAML file per language: the kernel's own files. */
    public static final String GUARD_FOLDER = GuardRulesReader.FOLDER;

    /** Every content format, each after the formats it needs. */
    public static List<ContentFormat<?>> formats() {
        return FORMATS;
    }

    @SuppressWarnings("rawtypes")
    private static List<ContentFormat<?>> loadFormats() {
        List<ContentFormat<?>> formats = new ArrayList<>();
        for (ContentFormat format : ServiceLoader.load(ContentFormat.class, ContentFormat.class.getClassLoader())) {
            formats.add(format);
        }
        if (formats.isEmpty()) {
            throw new IllegalStateException("No content format is registered in META-INF/services/" + ContentFormat.class.getName());
        }
        return formats;
    }

    /** Each format after the formats whose parts it needs; a loop or a missing part is a mistake in the portal. */
    static List<ContentFormat<?>> inReadingOrder(List<ContentFormat<?>> formats) {
        Map<Class<?>, ContentFormat<?>> byPart = new HashMap<>();
        formats.forEach(format -> byPart.put(format.part(), format));
        List<ContentFormat<?>> ordered = new ArrayList<>();
        Map<Class<?>, Boolean> visiting = new HashMap<>();
        for (ContentFormat<?> format : formats) {
            visit(format, byPart, visiting, ordered);
        }
        return List.copyOf(ordered);
    }

    private static void visit(ContentFormat<?> format, Map<Class<?>, ContentFormat<?>> byPart,
                              Map<Class<?>, Boolean> visiting, List<ContentFormat<?>> ordered) {
        Boolean state = visiting.get(format.part());
        if (Boolean.FALSE.equals(state)) {
            return;
        }
        if (Boolean.TRUE.equals(state)) {
            throw new IllegalStateException("Content formats need each other in a loop at " + format.part().getName());
        }
        visiting.put(format.part(), true);
        for (Class<?> needed : format.needs()) {
            ContentFormat<?> first = byPart.get(needed);
            if (first == null) {
                throw new IllegalStateException(format.getClass().getName() + " needs " + needed.getName() + ", which no format reads");
            }
            visit(first, byPart, visiting, ordered);
        }
        visiting.put(format.part(), false);
        ordered.add(format);
    }
}
