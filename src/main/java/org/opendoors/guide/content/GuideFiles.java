package org.opendoors.guide.content;

import org.opendoors.city.domain.CalendarStep;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.content.domain.TranslatableText;
import org.opendoors.content.reader.ExpectedText;
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
import org.opendoors.guide.domain.GuideVideo;
import org.opendoors.guide.domain.VideoCue;
import org.opendoors.i18n.domain.StaffWording;
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
            "criteria", "glossary", "faq", "video");
    /** The video guide, captioned by the {@code video: cues:} of each language's guide file. */
    public static final String VIDEO_FILE = FOLDER + "/video.webm";
    /** A video guide is a few minutes; an hour of captions is a mistake in the times. */
    private static final double LONGEST_VIDEO_SECONDS = 3600;
    /** How to make a WebM video of another file: a command, the same in every language. */
    private static final String CONVERT_COMMAND = "ffmpeg -i guide.mp4 -c:v libvpx-vp9 -c:a libopus video.webm";

    @Override
    public Class<GuideEditions> part() {
        return GuideEditions.class;
    }

    /** Every YAML file in guide/ (one per language, named well or not: the reader says) and the video guide. */
    @Override
    public Predicate<String> files(String markerText) {
        return path -> {
            String[] segments = path.split("/");
            return segments.length == 2 && segments[0].equals(FOLDER)
                    && (segments[1].endsWith(".yaml") || path.equals(VIDEO_FILE));
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
        for (VideoCue cue : source.getVideoCues()) {
            String translated = to == null ? null : to.getVideoCues().stream().filter(c -> c.id().equals(cue.id()))
                    .map(VideoCue::text).findFirst().orElse(null);
            texts.add(text("guide.video." + cue.id(), "Video guide, caption '" + cue.id() + "' (said from "
                    + seconds(cue.start()) + " to " + seconds(cue.end()) + "; keep it as short as the words said)", file,
                    cue.text(), translated));
        }
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
        List<Object> cues = new ArrayList<>();
        for (VideoCue cue : structure.getVideoCues()) {
            String text = translated.apply("guide.video." + cue.id());
            if (text != null && !text.isBlank()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", cue.id());
                entry.put("text", text);
                cues.add(entry);
            }
        }
        if (!cues.isEmpty()) {
            fields.put("video", Map.of("cues", cues));
        }
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
        String source = city.city().getSourceLanguage();
        Map<String, List<RawCue>> cues = new LinkedHashMap<>();
        List<Guide> editions = read(reading.files(), reading.problems(), reading, source,
                city.calendar().stream().map(CalendarStep::getId).toList(), cues);
        Optional<GuideVideo> video = video(reading);
        captions(reading.problems(), source, editions, cues, video.isPresent());
        return new GuideEditions(editions, video);
    }

    /** A cue as a language's file gives it; the times only in the source language's. */
    private record RawCue(String id, double start, double end, String text, YamlMap yaml) {
    }

    private static String seconds(double seconds) {
        return String.format(java.util.Locale.ROOT, "%d:%04.1f", (int) seconds / 60, seconds % 60);
    }

    /** The video guide, when the folder has one: a WebM file (told by its first bytes, not its name). */
    private static Optional<GuideVideo> video(ContentReading reading) {
        if (!reading.files().exists(VIDEO_FILE)) {
            return Optional.empty();
        }
        return reading.files().bytes(VIDEO_FILE).flatMap(bytes -> {
            if (!isWebm(bytes)) {
                reading.problems().add(VIDEO_FILE, 0, "", StaffWording.of("guide.problem.notWebm",
                        "command", CONVERT_COMMAND));
                return Optional.empty();
            }
            return Optional.of(new GuideVideo(bytes, sha256(bytes)));
        });
    }

    /** An EBML header whose document type is "webm". */
    public static boolean isWebm(byte[] bytes) {
        if (bytes.length < 40 || (bytes[0] & 0xFF) != 0x1A || (bytes[1] & 0xFF) != 0x45 || (bytes[2] & 0xFF) != 0xDF
                || (bytes[3] & 0xFF) != 0xA3) {
            return false;
        }
        String header = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1);
        return header.contains("webm");
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The captions of each language with the source's times. The source's cues follow one another without
     * overlapping; a translation gives the same cues or none (then its captions are a translation task). A video
     * needs captions in the source language — a family that cannot hear it must be able to read it — and captions
     * need a video.
     */
    private static void captions(Problems problems, String source, List<Guide> editions, Map<String, List<RawCue>> cues,
                                 boolean hasVideo) {
        List<RawCue> timed = cues.getOrDefault(source, List.of());
        String sourceFile = FOLDER + "/" + source + ".yaml";
        if (hasVideo && timed.isEmpty() && editions.stream().anyMatch(g -> g.getLanguage().equals(source))) {
            problems.add(VIDEO_FILE, 0, "", StaffWording.of("guide.problem.noCaptions", "file", sourceFile));
        }
        if (!hasVideo && !timed.isEmpty()) {
            problems.add(sourceFile, 0, "video", StaffWording.of("guide.problem.noVideo", "file", VIDEO_FILE));
        }
        double previousEnd = 0;
        Set<String> ids = new LinkedHashSet<>();
        for (RawCue cue : timed) {
            if (!ids.add(cue.id())) {
                cue.yaml().problem("id", StaffWording.of("guide.problem.idTwice", "value", Quoted.quote(cue.id())));
            }
            if (!Double.isNaN(cue.start()) && !Double.isNaN(cue.end())) {
                if (cue.end() <= cue.start()) {
                    cue.yaml().problem("end", StaffWording.of("guide.problem.endBeforeStart",
                            "start", seconds(cue.start())));
                } else if (cue.start() < previousEnd) {
                    cue.yaml().problem("start", StaffWording.of("guide.problem.cuesOverlap",
                            "end", seconds(previousEnd)));
                }
                previousEnd = Math.max(previousEnd, cue.end());
            }
        }
        Map<String, RawCue> times = new LinkedHashMap<>();
        timed.forEach(cue -> times.putIfAbsent(cue.id(), cue));
        for (Guide edition : editions) {
            List<RawCue> given = cues.getOrDefault(edition.getLanguage(), List.of());
            if (given.isEmpty()) {
                continue;
            }
            if (!edition.getLanguage().equals(source)
                    && !new LinkedHashSet<>(given.stream().map(RawCue::id).toList()).equals(times.keySet())) {
                problems.add(FOLDER + "/" + edition.getLanguage() + ".yaml", 0, "video",
                        StaffWording.of("guide.problem.otherCues", "ids", String.join(", ", times.keySet())));
                continue;
            }
            edition.withVideoCues(given.stream().filter(cue -> times.containsKey(cue.id())).map(cue -> {
                RawCue time = times.get(cue.id());
                return new VideoCue(cue.id(), time.start(), time.end(), cue.text());
            }).toList());
        }
    }

    /** A language's {@code video: cues:}, guarded like every text. */
    private static List<RawCue> cues(YamlMap yaml, boolean isSource, ContentReading reading, String tag) {
        List<RawCue> cues = new ArrayList<>();
        yaml.map("video", false).ifPresent(video -> {
            video.allowOnly(Set.of("cues"));
            for (YamlMap cue : video.maps("cues", true)) {
                cue.allowOnly(isSource ? Set.of("id", "start", "end", "text") : Set.of("id", "text"));
                String id = cue.requiredPattern("id", ENTRY_ID, ExpectedText.ENTRY);
                double start = isSource ? cue.requiredNumber("start", 0, LONGEST_VIDEO_SECONDS) : Double.NaN;
                double end = isSource ? cue.requiredNumber("end", 0, LONGEST_VIDEO_SECONDS) : Double.NaN;
                String text = cue.requiredText("text");
                reading.guard(cue, "text", tag, text);
                cues.add(new RawCue(id, start, end, text, cue));
            }
        });
        return cues;
    }

    private static List<Guide> read(ContentFiles files, Problems problems, ContentReading reading, String sourceLanguage,
                                List<String> calendarIds, Map<String, List<RawCue>> cues) {
        List<Guide> pages = new ArrayList<>();
        List<ContentFiles.Entry> entries = files.list(FOLDER);
        if (entries.isEmpty()) {
            problems.add(FOLDER + "/" + sourceLanguage + ".yaml", 0, "", StaffWording.of("guide.problem.noGuide"));
            return pages;
        }
        List<String> sourceGlossary = null;
        List<String> sourceQuestions = null;
        for (ContentFiles.Entry entry : entries) {
            String name = entry.name();
            String relative = FOLDER + "/" + name;
            if (relative.equals(VIDEO_FILE)) {
                continue;
            }
            String tag = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : "";
            if (SupportedLanguage.fromTag(tag).isEmpty()) {
                problems.add(relative, 0, "", StaffWording.of("guide.problem.fileName", "example", "ca.yaml"));
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
            cues.put(tag, cues(yaml, tag.equals(sourceLanguage), reading, tag));
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
            problems.add(FOLDER + "/" + sourceLanguage + ".yaml", 0, "", StaffWording.of("guide.problem.noSource"));
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
                step.problem("calendar", StaffWording.of("guide.problem.notCalendarStep", "value", Quoted.quote(calendar),
                        "steps", String.join(", ", calendarIds)));
            } else if (!calendar.isEmpty() && !seen.add(calendar)) {
                step.problem("calendar", StaffWording.of("guide.problem.stepTwice", "value", Quoted.quote(calendar)));
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
            yaml.problem("easy_intro", StaffWording.of("guide.problem.noEasyIntro"));
        } else {
            yaml.problem("steps", StaffWording.of("guide.problem.stepsWithoutEasy", "steps", String.join(", ", without)));
        }
    }

    private static List<GuideEntry> entries(YamlMap yaml, String key, String headingKey, String textKey,
                                            ContentReading reading, String tag) {
        List<GuideEntry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (YamlMap entry : yaml.maps(key, true)) {
            entry.allowOnly(Set.of("id", headingKey, textKey));
            String id = entry.requiredPattern("id", ENTRY_ID, ExpectedText.ENTRY);
            if (!id.isEmpty() && !seen.add(id)) {
                entry.problem("id", StaffWording.of("guide.problem.idTwice", "value", Quoted.quote(id)));
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
                    StaffWording.of("guide.problem.otherIds", "ids", String.join(", ", source)));
        }
    }
}
