package org.opendoors.content.guard.service;

import org.opendoors.content.guard.analysis.Word;
import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.GuardExample;
import org.opendoors.content.guard.domain.LanguageRules;
import org.opendoors.content.reader.ContentFolderReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the guard does on a writer it never learned from: for each language and each writer of the given TSV files
 * (a file, or a set of 110 lines of the project's evaluation set, is one writer), the model learns from the other
 * writers' sentences and is measured on this one's. Prints recall and false refusals of the rules alone and of the
 * rules with the model, at several thresholds.
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 *   -Dexec.mainClass=org.opendoors.content.guard.service.GuardCrossValidation -Dexec.args="FILE..."</pre>
 */
public final class GuardCrossValidation {

    private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7};

    static final double VETO = SentenceModel.ORDINARY_ABOVE;
    static final int[][] UNSEEN = new int[6][4];

    record Row(String language, String writer, boolean block, String category, String sentence) {
    }

    public static void main(String[] args) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String file : args) {
            rows.addAll(read(Path.of(file)));
        }
        Map<String, LanguageRules> rules = ContentFolderReader.guardRules(Path.of("content"));
        Map<String, List<Row>> byLanguage = new TreeMap<>();
        rows.forEach(row -> byLanguage.computeIfAbsent(row.language(), l -> new ArrayList<>()).add(row));
        StringBuilder header = new StringBuilder("lang  writers  rules-only");
        for (double t : THRESHOLDS) {
            header.append(String.format(Locale.ROOT, "   t=%.2f       ", t));
        }
        System.out.println(header);
        int[][] total = new int[THRESHOLDS.length + 1][4];
        for (Map.Entry<String, List<Row>> language : byLanguage.entrySet()) {
            LanguageRules own = rules.get(language.getKey()).withExamples(List.of());
            Map<String, List<Row>> byWriter = new LinkedHashMap<>();
            language.getValue().forEach(row -> byWriter.computeIfAbsent(row.writer(), w -> new ArrayList<>()).add(row));
            // counts[t] = {blocked, blockTotal, refusedOrdinary, ordinaryTotal}; t = 0 is the rules alone.
            int[][] counts = new int[THRESHOLDS.length + 1][4];
            for (String writer : byWriter.keySet()) {
                List<GuardExample> learn = new ArrayList<>();
                byWriter.forEach((other, sentences) -> {
                    if (!other.equals(writer)) {
                        sentences.forEach(row -> learn.add(row.block()
                                ? GuardExample.refused(row.sentence(), GuardCategory.valueOf(row.category().toUpperCase(Locale.ROOT)))
                                : GuardExample.ordinary(row.sentence())));
                    }
                });
                CompiledRules compiled = new CompiledRules(own.withExamples(learn), ModelStore.none());
                ContentGuard rulesOnly = new ContentGuard(Map.of(language.getKey(), own));
                int[][] own2 = new int[THRESHOLDS.length + 1][4];
                for (Row row : byWriter.get(writer)) {
                    boolean byRules = !rulesOnly.check(row.sentence(), row.language()).isEmpty();
                    List<Word> words = compiled.analysis().words(row.sentence());
                    SentenceCues sentenceCues = new SentenceCues(compiled, words);
                    SentenceModel.Verdict verdict = words.isEmpty() ? null : compiled.model().orElseThrow()
                            .judge(SentenceFeatures.of(compiled, words, sentenceCues));
                    double ordinary = verdict == null ? 1 : verdict.ordinary();
                    for (int t = 0; t <= THRESHOLDS.length; t++) {
                        boolean refused = t == 0 ? byRules : (byRules && !(ordinary > VETO)) || ordinary < THRESHOLDS[t - 1];
                        int base = row.block() ? 0 : 2;
                        counts[t][base + 1]++;
                        own2[t][base + 1]++;
                        if (refused) {
                            counts[t][base]++;
                            own2[t][base]++;
                        }
                        if (!refused && row.block() && t == 3 && System.getenv("MISSED") != null) {
                            System.out.println("  missed " + writer + " " + row.category() + ": " + row.sentence());
                        }
                        if (refused && !row.block() && t == 3 && System.getenv("MISSED") != null) {
                            System.out.println("  refused " + writer + " " + row.category() + ": " + row.sentence());
                        }
                    }
                }
                if (!writer.startsWith("eval")) {
                    for (int t = 0; t < own2.length; t++) {
                        for (int k = 0; k < 4; k++) {
                            UNSEEN[t][k] += own2[t][k];
                        }
                    }
                }
                if (System.getenv("PERWRITER") != null) {
                    System.out.println(format("  " + writer, own2));
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-5s %-8d", language.getKey(), byWriter.size()));
            for (int t = 0; t <= THRESHOLDS.length; t++) {
                line.append(String.format(Locale.ROOT, " %5.1f%% / %4.1f%%", 100.0 * counts[t][0] / counts[t][1],
                        100.0 * counts[t][2] / counts[t][3]));
                for (int k = 0; k < 4; k++) {
                    total[t][k] += counts[t][k];
                }
            }
            System.out.println(line);
        }
        StringBuilder line = new StringBuilder("all            ");
        for (int t = 0; t <= THRESHOLDS.length; t++) {
            line.append(String.format(Locale.ROOT, " %5.1f%% / %4.1f%%", 100.0 * total[t][0] / total[t][1],
                    100.0 * total[t][2] / total[t][3]));
        }
        System.out.println(line);
        System.out.println(format("unseen writers", UNSEEN));
    }

    private static String format(String label, int[][] counts) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", label));
        for (int[] c : counts) {
            line.append(String.format(Locale.ROOT, " %5.1f%% / %4.1f%%", 100.0 * c[0] / Math.max(1, c[1]),
                    100.0 * c[2] / Math.max(1, c[3])));
        }
        return line.toString();
    }

    /** A file's rows; in the project's evaluation set, each language's sentences come in sets of 110 by one writer. */
    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        boolean evaluationSet = file.getFileName().toString().equals("eval.tsv");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                continue;
            }
            String language = fields[0].strip();
            int n = seen.merge(language, 1, Integer::sum) - 1;
            String writer = evaluationSet ? "eval" + (n / 110) : file.getFileName().toString();
            rows.add(new Row(language, writer, fields[1].strip().equals("block"), fields[2].strip(), fields[3].strip()));
        }
        return rows;
    }
}
