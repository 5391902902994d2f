package org.opendoors.content.reader;

import org.opendoors.content.guard.analysis.LanguageAnalysis;
import org.opendoors.content.guard.domain.CategoryRule;
import org.opendoors.content.guard.domain.Combination;
import org.opendoors.content.guard.domain.Cue;
import org.opendoors.content.guard.domain.CueEntry;
import org.opendoors.content.guard.domain.GuardExample;
import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.LanguageRules;
import org.opendoors.content.guard.domain.Term;
import org.opendoors.content.guard.service.RuleCompiler;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the content guard's rules, {@code guard/<lang>.yaml}: the language's cues (lexicons of words and short
 * phrases), the combinations of cues that refuse a sentence as each category, and the allowed look-alikes. Every
 * entry is read as the guard will read texts, so a problem (a reference to a missing cue, a cue that refers to
 * itself, a combination naming an unknown cue) is told at its field.
 */
final class GuardRulesReader {

    static final String FOLDER = "guard";
    /** A cue's lexicon names a few hundred words at most; the bound keeps a pasted dictionary out. */
    private static final int MAX_ENTRIES = 2_000;
    private static final int MAX_ENTRY_CHARS = 200;
    private static final int DEFAULT_WITHIN_WORDS = 12;
    static final String EXAMPLES_SUFFIX = ".examples.yaml";
    /** Per category and for ordinary sentences: enough to teach a language, and a bound on training time. */
    private static final int MAX_EXAMPLES = 20_000;
    private static final int MAX_EXAMPLE_CHARS = 600;
    private static final Pattern OWN_DISTANCE = Pattern.compile("(.+?)\\s+within\\s+([0-9]{1,3})\\s*");
    private static final Pattern CUE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Set<String> CATEGORIES = Arrays.stream(GuardCategory.values())
            .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    /** The last rules read without a problem per language, with the text they were read from. */
    private static final Map<String, Read> LAST_READ = new java.util.concurrent.ConcurrentHashMap<>();

    private record Read(String text, LanguageRules rules) {
    }

    /** The last examples read without a problem per language, with the text they were read from. */
    private static final Map<String, ReadExamples> LAST_EXAMPLES = new java.util.concurrent.ConcurrentHashMap<>();

    private record ReadExamples(String text, List<GuardExample> examples) {
    }

    /** The last rules and examples put together per language. */
    private static final Map<String, Combined> LAST_COMBINED = new java.util.concurrent.ConcurrentHashMap<>();

    private record Combined(LanguageRules rules, List<GuardExample> examples, LanguageRules combined) {
    }

    private GuardRulesReader() {
    }

    public static Map<String, LanguageRules> read(ContentFiles files, Problems problems) {
        Map<String, LanguageRules> rules = new HashMap<>();
        Map<String, List<GuardExample>> examples = new HashMap<>();
        for (ContentFiles.Entry file : files.list(FOLDER)) {
            String name = file.name();
            String relative = FOLDER + "/" + name;
            boolean examplesFile = name.endsWith(EXAMPLES_SUFFIX);
            String tag = examplesFile ? name.substring(0, name.length() - EXAMPLES_SUFFIX.length())
                    : name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : "";
            if (SupportedLanguage.fromTag(tag).isEmpty()) {
                problems.add(relative, 0, "", StaffWording.of("content.problem.guardFileName",
                        "rules", "ca.yaml", "examples", "ca" + EXAMPLES_SUFFIX));
                continue;
            }
            if (examplesFile) {
                Optional<String> text = files.text(relative);
                ReadExamples last = LAST_EXAMPLES.get(tag);
                if (text.isPresent() && last != null && last.text().equals(text.get())) {
                    // Thousands of sentences a language, read at every publish and save; they seldom change.
                    examples.put(tag, last.examples());
                    continue;
                }
                int before = problems.count();
                files.fields(relative).ifPresent(yaml -> {
                    List<GuardExample> read = examples(yaml);
                    // A file with a problem teaches nothing: half a file (refusals without their ordinary
                    // sentences) would have the guard refuse every sentence, burying the real problem in findings.
                    if (problems.count() == before) {
                        examples.put(tag, read);
                        text.ifPresent(t -> LAST_EXAMPLES.put(tag, new ReadExamples(t, read)));
                    }
                });
                continue;
            }
            Optional<String> text = files.text(relative);
            Read last = LAST_READ.get(tag);
            if (text.isPresent() && last != null && last.text().equals(text.get())) {
                // Analysing every entry takes most of a second for eight languages; the rules seldom change.
                rules.put(tag, last.rules());
                continue;
            }
            int before = problems.count();
            files.fields(relative).ifPresent(yaml -> {
                LanguageRules read = language(tag, yaml);
                rules.put(tag, read);
                if (problems.count() == before && text.isPresent()) {
                    LAST_READ.put(tag, new Read(text.get(), read));
                }
            });
        }
        examples.forEach((tag, sentences) -> {
            LanguageRules read = rules.get(tag);
            if (read == null) {
                problems.add(FOLDER + "/" + tag + EXAMPLES_SUFFIX, 0, "", StaffWording.of(
                        "content.problem.examplesWithoutRules", "file", FOLDER + "/" + tag + ".yaml"));
            } else if (!sentences.isEmpty()) {
                // The same rules and examples as last time give the same instance: comparing them is then immediate.
                Combined last = LAST_COMBINED.get(tag);
                if (last == null || last.rules() != read || last.examples() != sentences) {
                    last = new Combined(read, sentences, read.withExamples(sentences));
                    LAST_COMBINED.put(tag, last);
                }
                rules.put(tag, last.combined());
            }
        });
        return rules;
    }

    /**
     * A language's example sentences: {@code refuse} maps each category to sentences it must refuse, {@code allow}
     * lists ordinary ones, the near misses above all ("the best part of the day is the morning circle").
     */
    private static List<GuardExample> examples(YamlMap yaml) {
        yaml.allowOnly(Set.of("refuse", "allow"));
        List<GuardExample> examples = new ArrayList<>();
        yaml.map("refuse", true).ifPresent(refuse -> {
            refuse.allowOnly(CATEGORIES);
            for (String name : refuse.keys()) {
                if (CATEGORIES.contains(name)) {
                    GuardCategory category = GuardCategory.valueOf(name.toUpperCase(Locale.ROOT));
                    sentences(refuse, name).forEach(s -> examples.add(GuardExample.refused(s, category)));
                }
            }
        });
        sentences(yaml, "allow").forEach(s -> examples.add(GuardExample.ordinary(s)));
        return examples;
    }

    private static List<String> sentences(YamlMap yaml, String key) {
        return bounded(yaml, key, yaml.textList(key, true), new Bound(MAX_EXAMPLES,
                count -> StaffWording.of("content.problem.tooManyExamples", "count", count, "most", MAX_EXAMPLES),
                MAX_EXAMPLE_CHARS, value -> StaffWording.of("content.problem.exampleTooLong",
                        "value", value, "longest", MAX_EXAMPLE_CHARS)));
    }

    private static LanguageRules language(String tag, YamlMap yaml) {
        yaml.allowOnly(Set.of("calendar", "cues", "categories", "allowed"));
        List<String> calendar = entries(yaml, "calendar", false);
        LanguageAnalysis analysis = RuleCompiler.analysis(tag, calendar);
        Map<String, List<String>> written = new LinkedHashMap<>();
        Optional<YamlMap> cueMap = yaml.map("cues", true);
        cueMap.ifPresent(cues -> {
            for (String name : cues.keys()) {
                if (!CUE_NAME.matcher(name).matches()) {
                    cues.problem(name, StaffWording.of("content.problem.cueName"));
                } else {
                    written.put(name, entries(cues, name, true));
                }
            }
        });
        Map<String, Cue> cues = new LinkedHashMap<>();
        cueMap.ifPresent(map -> written.forEach((name, entries) -> {
            List<CueEntry> compiled = new ArrayList<>();
            for (String entry : entries) {
                RuleCompiler.entry(analysis, entry, written.keySet(), problem -> map.problem(name, problem))
                        .ifPresent(compiled::add);
            }
            cues.put(name, new Cue(name, compiled));
        }));
        refuseCycles(yaml, cues);
        List<CategoryRule> categories = new ArrayList<>();
        yaml.map("categories", true).ifPresent(map -> {
            map.allowOnly(CATEGORIES);
            for (String name : map.keys()) {
                if (CATEGORIES.contains(name)) {
                    map.map(name, true).flatMap(category -> category(name, category, cues.keySet()))
                            .ifPresent(categories::add);
                }
            }
        });
        List<CueEntry> allowed = new ArrayList<>();
        for (String entry : entries(yaml, "allowed", false)) {
            RuleCompiler.entry(analysis, entry, cues.keySet(), problem -> yaml.problem("allowed", problem))
                    .ifPresent(allowed::add);
        }
        return new LanguageRules(tag, cues, categories, allowed, calendar, List.of());
    }

    private static Optional<CategoryRule> category(String name, YamlMap yaml, Set<String> cueNames) {
        yaml.allowOnly(Set.of("when", "within", "reason", "suggestion"));
        int within = yaml.keys().contains("within") ? yaml.requiredInteger("within", 1, 60) : DEFAULT_WITHIN_WORDS;
        List<Combination> when = new ArrayList<>();
        for (String combination : yaml.textList("when", true)) {
            // "assessment + number within 4": this combination's own distance.
            java.util.regex.Matcher own = OWN_DISTANCE.matcher(combination);
            int distance = within;
            String named = combination;
            if (own.matches()) {
                named = own.group(1);
                distance = Integer.parseInt(own.group(2));
                if (distance < 1 || distance > 60) {
                    yaml.problem("when", StaffWording.of("content.problem.withinOutside",
                            "value", Quoted.quote(combination), "field", "within", "min", 1, "max", 60));
                    continue;
                }
            }
            List<String> cues = Arrays.stream(named.split("\\+")).map(String::strip).toList();
            List<String> unknown = cues.stream().filter(cue -> !cueNames.contains(cue)).toList();
            if (!unknown.isEmpty()) {
                yaml.problem("when", StaffWording.of("content.problem.unknownCues",
                        "value", Quoted.quote(combination), "cues", String.join(", ", unknown)));
            } else {
                when.add(new Combination(cues, Math.max(distance, 1)));
            }
        }
        String reason = yaml.requiredText("reason");
        String suggestion = yaml.requiredText("suggestion");
        return Optional.of(new CategoryRule(GuardCategory.valueOf(name.toUpperCase(Locale.ROOT)), when, reason, suggestion));
    }

    private static List<String> entries(YamlMap yaml, String key, boolean required) {
        return bounded(yaml, key, yaml.textList(key, required), new Bound(MAX_ENTRIES,
                count -> StaffWording.of("content.problem.tooManyEntries", "count", count, "most", MAX_ENTRIES),
                MAX_ENTRY_CHARS, value -> StaffWording.of("content.problem.entryTooLong",
                        "value", value, "longest", MAX_ENTRY_CHARS)));
    }

    /**
     * How many values a list holds at most and how long each is, with what a person is told past them: the problem
     * for a list of so many values, and for a value (quoted, shortened) too long.
     */
    private record Bound(int most, IntFunction<StaffWording> tooMany, int longest,
                         Function<String, StaffWording> tooLong) {
    }

    /** The values within the bound; a list too long is refused whole, a value too long alone. */
    private static List<String> bounded(YamlMap yaml, String key, List<String> values, Bound bound) {
        if (values.size() > bound.most()) {
            yaml.problem(key, bound.tooMany().apply(values.size()));
            return List.of();
        }
        List<String> within = new ArrayList<>();
        for (String value : values) {
            if (value.length() > bound.longest()) {
                yaml.problem(key, bound.tooLong().apply(Quoted.excerpt(value)));
            } else {
                within.add(value);
            }
        }
        return within;
    }

    /** A cue that names itself, directly or through others ({@code @quantity} inside quantity), has no end. */
    private static void refuseCycles(YamlMap yaml, Map<String, Cue> cues) {
        Map<String, Set<String>> refers = new HashMap<>();
        cues.forEach((name, cue) -> refers.put(name, cue.entries().stream().flatMap(e -> e.terms().stream())
                .filter(t -> t.kind() == Term.Kind.CUE).map(Term::text).collect(Collectors.toSet())));
        for (String start : cues.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> next = new ArrayList<>(refers.get(start));
            while (!next.isEmpty()) {
                String cue = next.remove(next.size() - 1);
                if (cue.equals(start)) {
                    yaml.problem("cues", StaffWording.of("content.problem.cueCycle", "cue", start));
                    cues.put(start, new Cue(start, List.of()));
                    break;
                }
                if (seen.add(cue)) {
                    next.addAll(refers.getOrDefault(cue, Set.of()));
                }
            }
        }
    }
}
