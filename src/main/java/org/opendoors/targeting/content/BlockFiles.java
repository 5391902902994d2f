package org.opendoors.targeting.content;

import org.opendoors.city.domain.CityDescription;
import org.opendoors.city.domain.Stage;
import org.opendoors.content.domain.TranslatableText;
import org.opendoors.content.reader.ContentFiles;
import org.opendoors.content.reader.ContentFormat;
import org.opendoors.content.reader.ContentReading;
import org.opendoors.content.reader.Problems;
import org.opendoors.content.reader.Quoted;
import org.opendoors.content.reader.YamlMap;
import org.opendoors.content.service.ContentYaml;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.targeting.domain.AudienceRule;
import org.opendoors.targeting.domain.BlockPlacement;
import org.opendoors.targeting.domain.BlockText;
import org.opendoors.targeting.domain.ContentBlock;
import org.opendoors.targeting.domain.TargetedBlocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.function.Predicate;

/**
 * Reads {@code blocks/<id>/}: a targeted block's rules ({@code block.yaml}: order, pages, when) and its texts
 * ({@code <lang>.yaml}: title, text). The folder is optional: a city may publish no targeted content.
 */
public final class BlockFiles implements ContentFormat<TargetedBlocks> {

    public static final String FOLDER = "blocks";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> WHEN = Set.of("newcomer", "first_application", "needs_help_with_costs",
            "child_stage", "page_language");

    @Override
    public Class<TargetedBlocks> part() {
        return TargetedBlocks.class;
    }

    /** Every YAML file in a folder of blocks/: its facts and its texts, named well or not (the reader says). */
    @Override
    public Predicate<String> files(String markerText) {
        return path -> {
            String[] segments = path.split("/");
            return segments.length == 3 && segments[0].equals(FOLDER) && segments[2].endsWith(".yaml");
        };
    }

    @Override
    public List<Class<?>> needs() {
        return List.of(CityDescription.class);
    }

    @Override
    public List<TranslatableText> translatableTexts(TargetedBlocks part, String sourceLanguage, String target) {
        List<TranslatableText> texts = new ArrayList<>();
        for (ContentBlock block : part.blocks()) {
            BlockText from = block.textFor(sourceLanguage, sourceLanguage).orElseThrow().value();
            Optional<BlockText> to = block.textFor(target, sourceLanguage).filter(t -> !t.fallback()).map(t -> t.value());
            String file = FOLDER + "/" + block.getId() + "/" + target + ".yaml";
            String context = "Targeted block '" + block.getId() + "', ";
            texts.add(new TranslatableText("block." + block.getId() + ".title", context + "title", file,
                    from.getTitle(), to.map(BlockText::getTitle).orElse(null)));
            texts.add(new TranslatableText("block." + block.getId() + ".text", context + "text", file,
                    from.getBody(), to.map(BlockText::getBody).orElse(null)));
        }
        return texts;
    }

    @Override
    public Optional<String> writeTranslation(TargetedBlocks part, String file, String sourceLanguage,
                                             Function<String, String> translated) {
        String[] path = file.split("/");
        if (path.length != 3 || !path[0].equals(FOLDER) || path[2].equals("block.yaml")
                || part.blocks().stream().noneMatch(block -> block.getId().equals(path[1]))) {
            return Optional.empty();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", translated.apply("block." + path[1] + ".title"));
        fields.put("text", translated.apply("block." + path[1] + ".text"));
        return Optional.of(ContentYaml.write(fields));
    }

    @Override
    public TargetedBlocks read(ContentReading reading) {
        String sourceLanguage = reading.part(CityDescription.class).city().getSourceLanguage();
        return new TargetedBlocks(read(reading.files(), reading.problems(), reading, sourceLanguage));
    }

    private static List<ContentBlock> read(ContentFiles files, Problems problems, ContentReading reading, String sourceLanguage) {
        List<ContentBlock> blocks = new ArrayList<>();
        for (ContentFiles.Entry folder : files.list(FOLDER)) {
            String id = folder.name();
            String relative = FOLDER + "/" + id;
            if (!folder.isFolder() || !ID.matcher(id).matches()) {
                problems.add(relative, 0, "", StaffWording.of("targeting.problem.folderName"));
                continue;
            }
            int before = problems.count();
            Optional<YamlMap> rules = files.fields(relative + "/block.yaml");
            Map<String, BlockText> texts = texts(files, problems, reading, relative, sourceLanguage);
            if (rules.isEmpty()) {
                continue;
            }
            YamlMap yaml = rules.get();
            yaml.allowOnly(Set.of("order", "pages", "when"));
            int order = yaml.requiredInteger("order", 0, 100000);
            Set<BlockPlacement> pages = yaml.codes("pages", BlockPlacement.class, true);
            AudienceRule audience = yaml.map("when", false).map(BlockFiles::audience).orElse(AudienceRule.everyone());
            if (problems.count() == before) {
                blocks.add(new ContentBlock(id, order, pages, audience, texts));
            }
        }
        return blocks;
    }

    private static AudienceRule audience(YamlMap when) {
        when.allowOnly(WHEN);
        Set<String> languages = Set.copyOf(when.textList("page_language", false));
        for (String language : languages) {
            if (SupportedLanguage.fromTag(language).isEmpty()) {
                when.problem("page_language", StaffWording.of("targeting.problem.unknownLanguage",
                        "value", Quoted.quote(language)));
            }
        }
        return new AudienceRule(yesNo(when, "newcomer"), yesNo(when, "first_application"),
                yesNo(when, "needs_help_with_costs"), when.codes("child_stage", Stage.class, false), languages);
    }

    /** {@code yes} or {@code no}; an absent condition is null, which holds for every family. */
    private static Boolean yesNo(YamlMap when, String key) {
        Optional<String> value = when.optionalText(key);
        if (value.isEmpty()) {
            return null;
        }
        switch (value.get()) {
            case "yes", "true" -> {
                return Boolean.TRUE;
            }
            case "no", "false" -> {
                return Boolean.FALSE;
            }
            default -> {
                when.problem(key, StaffWording.of("targeting.problem.notYesNo"));
                return null;
            }
        }
    }

    private static Map<String, BlockText> texts(ContentFiles files, Problems problems, ContentReading reading,
                                                String relative, String sourceLanguage) {
        Map<String, BlockText> texts = new LinkedHashMap<>();
        for (ContentFiles.Entry file : files.list(relative)) {
            String name = file.name();
            if (name.equals("block.yaml") || !name.endsWith(".yaml")) {
                continue;
            }
            String tag = name.substring(0, name.length() - 5);
            if (SupportedLanguage.fromTag(tag).isEmpty()) {
                problems.add(relative + "/" + name, 0, "", StaffWording.of("targeting.problem.fileName", "languages",
                        SupportedLanguage.all().stream().map(SupportedLanguage::tag).collect(Collectors.joining(", "))));
                continue;
            }
            files.fields(relative + "/" + name).ifPresent(yaml -> {
                yaml.allowOnly(Set.of("title", "text"));
                String title = yaml.requiredText("title");
                String text = yaml.requiredText("text");
                reading.guard(yaml, "title", tag, title);
                reading.guard(yaml, "text", tag, text);
                texts.put(tag, new BlockText(title, text));
            });
        }
        if (!texts.containsKey(sourceLanguage) && !files.exists(relative + "/" + sourceLanguage + ".yaml")) {
            problems.add(relative + "/" + sourceLanguage + ".yaml", 0, "", StaffWording.of("targeting.problem.noSource"));
        }
        return texts;
    }
}
