package org.opendoors.guide.content;

import org.opendoors.city.domain.CalendarStep;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.content.domain.TranslatableText;
import org.opendoors.content.reader.ContentFiles;
import org.opendoors.content.reader.ContentFormat;
import org.opendoors.content.reader.ContentReading;
import org.opendoors.content.reader.Problems;
import org.opendoors.content.reader.Quoted;
import org.opendoors.content.reader.YamlMap;
import org.opendoors.content.service.ContentYaml;
import org.opendoors.content.text.EasyRead;
import org.opendoors.guide.domain.Guide;
import org.opendoors.guide.domain.GuideEntry;
import org.opendoors.guide.domain.GuideEditions;
import org.opendoors.guide.domain.GuideStep;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.function.Predicate;

/**
 * Reads {@code guide/<lang>.yaml}: the application guide per language. Steps follow the calendar of city.yaml;
 * glossary words and questions carry ids that every translation must share, so languages never drift apart.
 */
public final class GuideFiles implements ContentFormat<GuideEditions> {

    public static final String FOLDER = "guide";
    private static final Pattern ENTRY_ID = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
    private static final Set<String> FIELDS = Set.of("title", "intro", "easy_intro", "steps", "documents",
            "criteria", "glossary", "faq");

    @Override
    public Class<GuideEditions> part() {
        return GuideEditions.class;
    }

    /** Every YAML file in guide/: one per language, named well or not (the reader says). */
    @Override
    public Predicate<String> files(String markerText) {
        return path -> {
            String[] segments = path.split("/");
            return segments.length == 2 && segments[0].equals(FOLDER) && segments[1].endsWith(".yaml");
        };
    }

    @Override
    public List<Class<?>> needs() {
        return List.of(CityDescription.class);
    }

    @Override
    public List<TranslatableText> translatableTexts(GuideEditions part, String sourceLanguage, String target) {
        Optional<Guide> from = inLanguage(part, sourceLanguage);
        if (from.isEmpty()) {
            return List.of();
        }
        Guide source = from.get();
        Guide to = inLanguage(part, target).orElse(null);
        String file = FOLDER + "/" + target + ".yaml";
        List<TranslatableText> texts = new ArrayList<>();
        texts.add(text("guide.title", "Application guide, title", file, source.getTitle(), to == null ? null : to.getTitle()));
        texts.add(text("guide.intro", "Application guide, introduction", file, source.getIntro(), to == null ? null : to.getIntro()));
        if (source.hasEasyRead()) {
            texts.add(text("guide.easy_intro", "Application guide, introduction in easy read (one short sentence a line)",
                    file, source.getEasyIntro(), to == null ? null : to.getEasyIntro()));
        }
        for (GuideStep step : source.getSteps()) {
            Optional<GuideStep> translated = to == null ? Optional.empty() : to.getSteps().stream()
                    .filter(s -> s.getCalendarStep().equals(step.getCalendarStep())).findFirst();
            texts.add(text("guide.step." + step.getCalendarStep(), "Application guide, what to do in the step '"
                    + step.getCalendarStep() + "'", file, step.getText(), translated.map(GuideStep::getText).orElse(null)));
            if (source.hasEasyRead()) {
                texts.add(text("guide.step." + step.getCalendarStep() + ".easy", "Application guide, the step '"
                        + step.getCalendarStep() + "' in easy read (one short sentence a line)", file, step.getEasy(),
                        translated.map(GuideStep::getEasy).orElse(null)));
            }
        }
        texts.add(text("guide.documents.intro", "Application guide, documents: introduction", file,
                source.getDocumentsIntro(), to == null ? null : to.getDocumentsIntro()));
        for (int i = 0; i < source.getDocuments().size(); i++) {
            String translated = to == null || to.getDocuments().size() <= i ? null : to.getDocuments().get(i);
            texts.add(text("guide.documents." + (i + 1), "Application guide, document " + (i + 1), file,
                    source.getDocuments().get(i), translated));
        }
        texts.add(text("guide.criteria", "Application guide, how places are given", file, source.getCriteria(),
                to == null ? null : to.getCriteria()));
        entryTexts(texts, file, "glossary", "term", "definition", source.getGlossary(), to == null ? List.of() : to.getGlossary());
        entryTexts(texts, file, "faq", "question", "answer", source.getQuestions(), to == null ? List.of() : to.getQuestions());
        return texts;
    }

    private static void entryTexts(List<TranslatableText> texts, String file, String kind, String heading, String text,
                                   List<GuideEntry> from, List<GuideEntry> to) {
        for (GuideEntry entry : from) {
            Optional<GuideEntry> translated = to.stream().filter(t -> t.getEntryId().equals(entry.getEntryId())).findFirst();
            String context = "Application guide, " + kind + " '" + entry.getEntryId() + "', ";
            String id = "guide." + kind + "." + entry.getEntryId() + ".";
            texts.add(text(id + heading, context + heading, file, entry.getHeading(), translated.map(GuideEntry::getHeading).orElse(null)));
            texts.add(text(id + text, context + text, file, entry.getText(), translated.map(GuideEntry::getText).orElse(null)));
        }
    }

    private static TranslatableText text(String id, String context, String file, String source, String target) {
        return new TranslatableText(id, context, file, source, target);
    }

    /** A language's guide file, in the structure of the source's (steps, documents, ids), with the translated texts. */
    @Override
    public Optional<String> writeTranslation(GuideEditions part, String file, String sourceLanguage,
                                             Function<String, String> translated) {
        Optional<Guide> source = inLanguage(part, sourceLanguage);
        if (!file.startsWith(FOLDER + "/") || file.indexOf('/', FOLDER.length() + 1) >= 0 || source.isEmpty()) {
            return Optional.empty();
        }
        Guide structure = source.get();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", translated.apply("guide.title"));
        fields.put("intro", translated.apply("guide.intro"));
        boolean easyRead = structure.hasEasyRead();
        if (easyRead) {
            fields.put("easy_intro", translated.apply("guide.easy_intro"));
        }
        List<Object> steps = new ArrayList<>();
        for (GuideStep step : structure.getSteps()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("calendar", step.getCalendarStep());
            entry.put("text", translated.apply("guide.step." + step.getCalendarStep()));
            if (easyRead) {
                entry.put("easy", translated.apply("guide.step." + step.getCalendarStep() + ".easy"));
            }
            steps.add(entry);
        }
        fields.put("steps", steps);
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("intro", translated.apply("guide.documents.intro"));
        List<Object> items = new ArrayList<>();
        for (int i = 1; i <= structure.getDocuments().size(); i++) {
            items.add(translated.apply("guide.documents." + i));
        }
        documents.put("items", items);
        fields.put("documents", documents);
        fields.put("criteria", translated.apply("guide.criteria"));
        fields.put("glossary", entryFields(structure.getGlossary(), "glossary", "term", "definition", translated));
        fields.put("faq", entryFields(structure.getQuestions(), "faq", "question", "answer", translated));
        return Optional.of(ContentYaml.write(fields));
    }

    private static List<Object> entryFields(List<GuideEntry> structure, String kind, String heading, String text,
                                            Function<String, String> translated) {
        List<Object> entries = new ArrayList<>();
        for (GuideEntry entry : structure) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", entry.getEntryId());
            fields.put(heading, translated.apply("guide." + kind + "." + entry.getEntryId() + "." + heading));
            fields.put(text, translated.apply("guide." + kind + "." + entry.getEntryId() + "." + text));
            entries.add(fields);
        }
        return entries;
    }

    private static Optional<Guide> inLanguage(GuideEditions part, String language) {
        return part.editions().stream().filter(page -> page.getLanguage().equals(language)).findFirst();
    }

    @Override
    public GuideEditions read(ContentReading reading) {
        CityDescription city = reading.part(CityDescription.class);
        return new GuideEditions(read(reading.files(), reading.problems(), reading, city.city().getSourceLanguage(),
                city.calendar().stream().map(CalendarStep::getId).toList()));
    }

    private static List<Guide> read(ContentFiles files, Problems problems, ContentReading reading, String sourceLanguage,
                                List<String> calendarIds) {
        List<Guide> pages = new ArrayList<>();
        List<ContentFiles.Entry> entries = files.list(FOLDER);
        if (entries.isEmpty()) {
            problems.add(FOLDER + "/" + sourceLanguage + ".yaml", 0, "", "is missing: the application guide is required");
            return pages;
        }
        List<String> sourceGlossary = null;
        List<String> sourceQuestions = null;
        for (ContentFiles.Entry entry : entries) {
            String name = entry.name();
            String relative = FOLDER + "/" + name;
            String tag = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : "";
            if (SupportedLanguage.fromTag(tag).isEmpty()) {
                problems.add(relative, 0, "", "guide files are named after a portal language, e.g. ca.yaml");
                continue;
            }
            Optional<YamlMap> parsed = files.fields(relative);
            if (parsed.isEmpty()) {
                continue;
            }
            YamlMap yaml = parsed.get();
            yaml.allowOnly(FIELDS);
            List<GuideStep> steps = steps(yaml, calendarIds, reading, tag);
            YamlMap documents = yaml.map("documents", true).orElse(null);
            String documentsIntro = "";
            List<String> documentList = List.of();
            if (documents != null) {
                documents.allowOnly(Set.of("intro", "items"));
                documentsIntro = documents.requiredText("intro");
                documentList = documents.textList("items", true);
                reading.guard(documents, "intro", tag, documentsIntro);
                reading.guard(documents, "items", tag, String.join("\n", documentList));
            }
            List<GuideEntry> glossary = entries(yaml, "glossary", "term", "definition", reading, tag);
            List<GuideEntry> questions = entries(yaml, "faq", "question", "answer", reading, tag);
            for (String field : List.of("title", "intro", "criteria")) {
                reading.guard(yaml, field, tag, yaml.optionalText(field).orElse(""));
            }
            String easyIntro = easyRead(yaml, "easy_intro", reading, tag);
            easyReadWhole(yaml, easyIntro, steps);
            pages.add(new Guide(tag, yaml.requiredText("title"), yaml.requiredText("intro"), steps, documentsIntro,
                    documentList, yaml.requiredText("criteria"), glossary, questions).withEasyIntro(easyIntro));
            if (tag.equals(sourceLanguage)) {
                sourceGlossary = ids(glossary);
                sourceQuestions = ids(questions);
            }
        }
        if (pages.stream().noneMatch(page -> page.getLanguage().equals(sourceLanguage))) {
            problems.add(FOLDER + "/" + sourceLanguage + ".yaml", 0, "", "is missing: the guide needs its source language");
        } else {
            for (Guide page : pages) {
                sameIds(problems, page.getLanguage(), "glossary", sourceGlossary, ids(page.getGlossary()));
                sameIds(problems, page.getLanguage(), "faq", sourceQuestions, ids(page.getQuestions()));
            }
        }
        return pages;
    }

    private static List<GuideStep> steps(YamlMap yaml, List<String> calendarIds, ContentReading reading, String tag) {
        List<GuideStep> steps = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (YamlMap step : yaml.maps("steps", true)) {
            step.allowOnly(Set.of("calendar", "text", "easy"));
            String calendar = step.requiredText("calendar");
            if (!calendar.isEmpty() && !calendarIds.contains(calendar)) {
                step.problem("calendar", Quoted.quote(calendar) + " is not a step of the calendar in city.yaml: "
                        + String.join(", ", calendarIds));
            } else if (!calendar.isEmpty() && !seen.add(calendar)) {
                step.problem("calendar", Quoted.quote(calendar) + " is explained twice");
            }
            String text = step.requiredText("text");
            reading.guard(step, "text", tag, text);
            steps.add(new GuideStep(calendar, text, easyRead(step, "easy", reading, tag)));
        }
        return steps;
    }

    /** An optional easy-read text: checked like every text, and for lines short enough to be easy read. */
    private static String easyRead(YamlMap yaml, String key, ContentReading reading, String tag) {
        String text = yaml.optionalText(key).orElse(null);
        if (text != null) {
            EasyRead.problem(text, tag).ifPresent(problem -> yaml.problem(key, problem));
            reading.guard(yaml, key, tag, text);
        }
        return text;
    }

    /**
     * The easy-read guide is the introduction and every step, or nothing: a family switching to easy read must not
     * find a step missing.
     */
    private static void easyReadWhole(YamlMap yaml, String easyIntro, List<GuideStep> steps) {
        List<String> without = steps.stream().filter(step -> step.getEasy() == null).map(GuideStep::getCalendarStep).toList();
        boolean anyEasy = easyIntro != null || without.size() < steps.size();
        if (!anyEasy || easyIntro != null && without.isEmpty()) {
            return;
        }
        if (easyIntro == null) {
            yaml.problem("easy_intro", "is missing: the steps have easy-read texts, so the guide needs an easy-read"
                    + " introduction too");
        } else {
            yaml.problem("steps", "the easy-read guide needs an easy text (easy:) in every step; missing in: "
                    + String.join(", ", without));
        }
    }

    private static List<GuideEntry> entries(YamlMap yaml, String key, String headingKey, String textKey,
                                            ContentReading reading, String tag) {
        List<GuideEntry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (YamlMap entry : yaml.maps(key, true)) {
            entry.allowOnly(Set.of("id", headingKey, textKey));
            String id = entry.requiredPattern("id", ENTRY_ID, "an id of lower-case words joined by _");
            if (!id.isEmpty() && !seen.add(id)) {
                entry.problem("id", Quoted.quote(id) + " is used twice");
            }
            String heading = entry.requiredText(headingKey);
            String text = entry.requiredText(textKey);
            reading.guard(entry, headingKey, tag, heading);
            reading.guard(entry, textKey, tag, text);
            entries.add(new GuideEntry(id, heading, text));
        }
        return entries;
    }

    private static List<String> ids(List<GuideEntry> entries) {
        return entries.stream().map(GuideEntry::getEntryId).toList();
    }

    private static void sameIds(Problems problems, String language, String key, List<String> source, List<String> ids) {
        if (source != null && !new LinkedHashSet<>(source).equals(new LinkedHashSet<>(ids))) {
            problems.add(FOLDER + "/" + language + ".yaml", 0, key,
                    "must have the same ids as the source language: " + String.join(", ", source));
        }
    }
}
