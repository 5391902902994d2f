package org.opendoors.content.reader;

import org.opendoors.editorial.domain.GuardCategory;
import org.opendoors.editorial.domain.GuardRule;
import org.opendoors.editorial.domain.GuardRules;
import org.opendoors.editorial.service.ContentGuard;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the content guard's rules, {@code guard/<lang>.yaml}, refusing a pattern that is not a valid expression. */
final class GuardRulesReader {

    static final String FOLDER = "guard";
    /**
     * The longest pattern of the sample rules, Arabic with optional marks between letters, is under 10,000
     * characters; the limit keeps compiling and probing a pattern cheap.
     */
    private static final int MAX_PATTERN_CHARS = 20_000;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private GuardRulesReader() {
    }

    static Map<String, GuardRules> read(ContentFiles files, Problems problems) {
        Map<String, GuardRules> rules = new HashMap<>();
        for (Path file : files.list(FOLDER)) {
            String name = file.getFileName().toString();
            String relative = FOLDER + "/" + name;
            String tag = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : "";
            if (SupportedLanguage.fromTag(tag).isEmpty()) {
                problems.add(relative, 0, "", "guard rules are named after a portal language, e.g. ca.yaml");
                continue;
            }
            files.fields(relative).ifPresent(yaml -> rules.put(tag, language(tag, yaml)));
        }
        return rules;
    }

    private static GuardRules language(String tag, YamlMap yaml) {
        yaml.allowOnly(Set.of("rules", "allowed"));
        List<GuardRule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (YamlMap rule : yaml.maps("rules", true)) {
            rule.allowOnly(Set.of("id", "category", "patterns", "reason", "suggestion"));
            String id = rule.requiredText("id");
            if (!id.isEmpty() && !ids.add(id)) {
                rule.problem("id", Quoted.quote(id) + " is used by another rule");
            }
            Optional<GuardCategory> category = rule.optionalText("category").flatMap(text -> {
                try {
                    return Optional.of(GuardCategory.valueOf(text.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    rule.problem("category", Quoted.quote(text) + " is not one of: scores, ranking, demand, composition, label");
                    return Optional.empty();
                }
            });
            if (rule.optionalText("category").isEmpty()) {
                rule.problem("category", "is missing");
            }
            List<Pattern> patterns = patterns(rule, "patterns", true);
            String reason = rule.requiredText("reason");
            String suggestion = rule.requiredText("suggestion");
            category.ifPresent(c -> rules.add(new GuardRule(id, c, patterns, reason, suggestion)));
        }
        return new GuardRules(tag, rules, patterns(yaml, "allowed", false));
    }

    private static List<Pattern> patterns(YamlMap yaml, String key, boolean required) {
        List<Pattern> patterns = new ArrayList<>();
        for (String expression : yaml.textList(key, required)) {
            if (expression.length() > MAX_PATTERN_CHARS) {
                yaml.problem(key, Quoted.quote(expression) + " is longer than " + MAX_PATTERN_CHARS
                        + " characters; a rule's pattern names a few words and their forms");
                continue;
            }
            try {
                Pattern pattern = Pattern.compile(expression, FLAGS);
                Optional<String> slow = ContentGuard.backtrackingSample(pattern);
                if (slow.isPresent()) {
                    yaml.problem(key, Quoted.quote(expression) + " takes without end to match a text such as "
                            + Quoted.quote(slow.get()) + "; write it without a repetition inside a repetition, such as (\\w+\\s*){2,40}");
                } else {
                    patterns.add(pattern);
                }
            } catch (PatternSyntaxException e) {
                yaml.problem(key, Quoted.quote(expression) + " is not a valid regular expression: "
                        + Quoted.excerpt(e.getDescription()));
            }
        }
        return patterns;
    }
}
