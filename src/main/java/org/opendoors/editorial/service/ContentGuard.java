package org.opendoors.editorial.service;

import org.opendoors.content.text.RichText;
import org.opendoors.editorial.domain.GuardFinding;
import org.opendoors.editorial.domain.GuardRule;
import org.opendoors.editorial.domain.GuardRules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses what must never reach families — scores, rankings, demand, composition shares, stigmatizing labels — in
 * the language a text is written in. The rules are the city's data ({@code content/guard/<lang>.yaml}), so a city
 * extends them without a release. Texts are matched as written and in lower case; patterns carry the inflections.
 * Markup is no hiding place: a text is matched on the words a family reads ({@link RichText#plainText}), so
 * "**best** school" and "the [best](https://…) school" are "best school".
 */
public final class ContentGuard {

    /** What a too slow pattern of a language's allowed phrases is reported as. */
    public static final String ALLOWED = "allowed";

    private final Map<String, GuardRules> rulesByLanguage;

    public ContentGuard(Map<String, GuardRules> rulesByLanguage) {
        this.rulesByLanguage = Map.copyOf(rulesByLanguage);
    }

    /**
     * The phrases of a text this language's rules refuse. Offsets count in the text's words without markup,
     * {@link RichText#plainText}, which keeps the text's lines, so a finding's line is its line in the text.
     *
     * @throws GuardRuleTooSlowException when a rule's pattern takes too long on the text: the rules are the city's
     *                                   data, and a pattern that backtracks without end must not hold the server
     */
    public List<GuardFinding> check(String markup, String language) {
        List<GuardFinding> findings = new ArrayList<>();
        GuardRules rules = rulesByLanguage.get(language);
        if (rules == null || markup == null || markup.isBlank()) {
            return findings;
        }
        String text = RichText.plainText(markup);
        List<int[]> allowedSpans = spans(text, rules.allowed());
        for (GuardRule rule : rules.rules()) {
            for (Pattern pattern : rule.patterns()) {
                Matcher matcher = pattern.matcher(new MatchBudget(text, rule.id()));
                while (matcher.find()) {
                    if (matcher.end() > matcher.start() && !insideAllowed(matcher.start(), matcher.end(), allowedSpans)
                            && findings.stream().noneMatch(f -> overlaps(f, matcher.start(), matcher.end()))) {
                        findings.add(new GuardFinding(language, rule.id(), rule.category(), matcher.group().strip(),
                                matcher.start(), rule.reason(), rule.suggestion()));
                    }
                }
            }
        }
        findings.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return findings;
    }

    /**
     * A sample of text on which the pattern backtracks without end, or empty. Tried on runs of each letter, digit
     * and space the pattern names (and of a letter and a space), ended by a character no rule expects: what makes
     * {@code (\w+\s*){2,40}z}, {@code (a{1,30}){1,30}b} or {@code (?:(?:a|aa)+)+b} try every way of splitting the
     * run. A rule is refused on such a pattern when it is read; matching texts stays bounded by {@link MatchBudget}
     * whatever this misses.
     */
    public static Optional<String> backtrackingSample(Pattern pattern) {
        Set<String> runs = new LinkedHashSet<>(List.of("a", "a ", " "));
        pattern.pattern().codePoints().filter(Character::isLetterOrDigit)
                .forEach(c -> runs.add(new String(Character.toChars(c))));
        for (String run : runs) {
            String sample = run.repeat(40 / run.length()) + "\u0001";
            try {
                pattern.matcher(new MatchBudget(sample, "")).find();
            } catch (GuardRuleTooSlowException slow) {
                return Optional.of(sample.strip());
            }
        }
        return Optional.empty();
    }

    public boolean knows(String language) {
        return rulesByLanguage.containsKey(language);
    }

    private static List<int[]> spans(String text, List<Pattern> patterns) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(new MatchBudget(text, ALLOWED));
            while (matcher.find()) {
                spans.add(new int[]{matcher.start(), matcher.end()});
            }
        }
        return spans;
    }

    private static boolean insideAllowed(int start, int end, List<int[]> allowed) {
        return allowed.stream().anyMatch(span -> span[0] <= start && end <= span[1]);
    }

    private static boolean overlaps(GuardFinding finding, int start, int end) {
        int findingEnd = finding.offset() + finding.phrase().length();
        return start < findingEnd && finding.offset() < end;
    }
}
