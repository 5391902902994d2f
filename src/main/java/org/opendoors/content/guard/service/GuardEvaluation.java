package org.opendoors.content.guard.service;

import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.GuardFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Measures a guard on sentences whose answer is known, so a city sees what a rule change does before it lands:
 * recall (sentences to refuse that were refused) and false refusals (ordinary sentences refused), per language and
 * category. The sentences are a TSV file: language, {@code block} or {@code allow}, category (or {@code none}),
 * sentence.
 */
public final class GuardEvaluation {

    public static final double RECALL_TARGET = 0.95;
    public static final double FALSE_REFUSAL_LIMIT = 0.02;
    /** Thousands of sentences are plenty to measure a guard; the bound keeps a wrong file from filling memory. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    /** One sentence of the file, and what the guard said of it. */
    public record Outcome(int line, String language, boolean expectBlock, String category, String sentence,
                          List<GuardFinding> findings) {

        public boolean correct() {
            return expectBlock != findings.isEmpty();
        }
    }

    /** A line the file cannot be measured with, and why. */
    public static final class BadLine extends Exception {
        public BadLine(int line, String message) {
            super("line " + line + ": " + message);
        }
    }

    private GuardEvaluation() {
    }

    public static List<Outcome> run(ContentGuard guard, List<String> lines) throws BadLine {
        Set<String> categories = java.util.Arrays.stream(GuardCategory.values())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split("\t", -1);
            int line = i + 1;
            if (fields.length != 4) {
                throw new BadLine(line, "has " + fields.length + " tab-separated fields; expected 4: language, "
                        + "block or allow, category, sentence");
            }
            String language = fields[0].strip();
            if (!guard.knows(language)) {
                throw new BadLine(line, "\"" + language + "\" is not a language the guard has rules for");
            }
            String expect = fields[1].strip();
            if (!expect.equals("block") && !expect.equals("allow")) {
                throw new BadLine(line, "the second field is block or allow, not \"" + expect + "\"");
            }
            String category = fields[2].strip();
            if (!categories.contains(category) && !category.equals("none")) {
                throw new BadLine(line, "the category is one of " + new java.util.TreeSet<>(categories)
                        + " or none, not \"" + category + "\"");
            }
            outcomes.add(new Outcome(line, language, expect.equals("block"), category, fields[3].strip(),
                    guard.check(fields[3].strip(), language)));
        }
        return outcomes;
    }

    /** Recall and false refusals per language and category, then every sentence the guard got wrong. */
    public static String report(List<Outcome> outcomes) {
        StringBuilder report = new StringBuilder();
        report.append("| language | recall | false refusals |");
        for (GuardCategory category : GuardCategory.values()) {
            report.append(" ").append(category.name().toLowerCase(Locale.ROOT)).append(" recall |");
        }
        report.append("\n|---|---|---|").append("---|".repeat(GuardCategory.values().length)).append("\n");
        Map<String, List<Outcome>> byLanguage = outcomes.stream()
                .collect(Collectors.groupingBy(Outcome::language, TreeMap::new, Collectors.toList()));
        byLanguage.forEach((language, rows) -> {
            List<Outcome> block = rows.stream().filter(Outcome::expectBlock).toList();
            List<Outcome> allow = rows.stream().filter(o -> !o.expectBlock()).toList();
            report.append("| ").append(language).append(" | ").append(ratio(block)).append(" | ")
                    .append(ratio(allow.stream().filter(o -> !o.correct()).count(), allow.size())).append(" |");
            for (GuardCategory category : GuardCategory.values()) {
                String name = category.name().toLowerCase(Locale.ROOT);
                report.append(" ").append(ratio(block.stream().filter(o -> o.category().equals(name)).toList())).append(" |");
            }
            report.append("\n");
        });
        List<Outcome> all = outcomes;
        List<Outcome> block = all.stream().filter(Outcome::expectBlock).toList();
        List<Outcome> allow = all.stream().filter(o -> !o.expectBlock()).toList();
        report.append("| all | ").append(ratio(block)).append(" | ")
                .append(ratio(allow.stream().filter(o -> !o.correct()).count(), allow.size())).append(" |")
                .append(" |".repeat(GuardCategory.values().length)).append("\n\n");
        for (Outcome outcome : outcomes) {
            if (!outcome.correct()) {
                report.append(outcome.expectBlock() ? "missed " : "refused ").append(outcome.language()).append(" ")
                        .append(outcome.category()).append(" (line ").append(outcome.line()).append("): ")
                        .append(outcome.sentence());
                if (!outcome.findings().isEmpty()) {
                    GuardFinding finding = outcome.findings().get(0);
                    report.append("  <- \"").append(finding.phrase()).append("\" ").append(finding.ruleId());
                }
                report.append("\n");
            }
        }
        return report.toString();
    }

    /** Whether every language reaches the recall target and stays under the false-refusal limit. */
    public static boolean targetsMet(List<Outcome> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(Outcome::language)).values().stream().allMatch(rows -> {
            List<Outcome> block = rows.stream().filter(Outcome::expectBlock).toList();
            List<Outcome> allow = rows.stream().filter(o -> !o.expectBlock()).toList();
            double recall = block.isEmpty() ? 1 : (double) block.stream().filter(Outcome::correct).count() / block.size();
            double refused = allow.isEmpty() ? 0 : (double) allow.stream().filter(o -> !o.correct()).count() / allow.size();
            return recall >= RECALL_TARGET && refused <= FALSE_REFUSAL_LIMIT;
        });
    }

    private static String ratio(List<Outcome> block) {
        return ratio(block.stream().filter(Outcome::correct).count(), block.size());
    }

    private static String ratio(long part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * part / whole, part, whole);
    }
}
