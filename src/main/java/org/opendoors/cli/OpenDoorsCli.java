package org.opendoors.cli;

import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.guard.service.ContentGuard;
import org.opendoors.content.guard.service.GuardEvaluation;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.service.BundleChecker;
import org.opendoors.translation.service.StaffBundleChecker;
import org.opendoors.translation.service.BundleFolder;
import org.opendoors.translation.service.ContentXliff;
import org.opendoors.translation.service.XliffExchange;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that run without a server, for cities that keep their content in git and check it in their own CI:
 * <pre>
 *   mvn -q exec:java -Dexec.args="check-content DIR"      the importer's validation and the content guard
 *   mvn -q exec:java -Dexec.args="guard-eval FILE [DIR]"  the content guard's recall and false refusals on a TSV of
 *                                                         sentences (language, block|allow, category, sentence)
 *   mvn -q exec:java -Dexec.args="check-i18n DIR"         the UI bundles (also run by every build)
 *   mvn -q exec:java -Dexec.args="confirm-i18n DIR LANG"  a translator confirms LANG against the current source
 *   mvn -q exec:java -Dexec.args="export-xliff DIR LANG FILE"   UI strings as XLIFF 2.0 for a CAT tool
 *   mvn -q exec:java -Dexec.args="import-xliff DIR LANG FILE"   a translated XLIFF back, checked, all or nothing
 *   mvn -q exec:java -Dexec.args="export-content-xliff DIR LANG FILE"  content texts (schools, guide, blocks) likewise
 *   mvn -q exec:java -Dexec.args="import-content-xliff DIR LANG FILE"
 * </pre>
 * The checks print one JSON object per finding and exit 1 when there is an error, 0 otherwise.
 */
public final class OpenDoorsCli {

    private OpenDoorsCli() {
    }

    public static void main(String[] args) {
        // The real standard output: inside Maven, System.out is a console wrapper that adds colour codes.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        int status = run(args, out, new PrintStream(System.err, true, StandardCharsets.UTF_8));
        out.flush();
        // exec:java runs inside Maven's JVM, whose exit hooks would append a colour code to the JSON lines:
        // end at once with the status, everything already written.
        Runtime.getRuntime().halt(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && args[0].equals("check-content")) {
            return checkContent(Path.of(args[1]), out);
        }
        if ((args.length == 2 || args.length == 3) && args[0].equals("guard-eval")) {
            return guardEvaluation(Path.of(args[1]), Path.of(args.length == 3 ? args[2] : "content"), out, err);
        }
        if (args.length == 2 && args[0].equals("check-i18n")) {
            return checkBundles(Path.of(args[1]), out, err);
        }
        if (args.length == 3 && args[0].equals("confirm-i18n") && SupportedLanguage.fromTag(args[2]).isPresent()) {
            return confirmBundle(Path.of(args[1]), SupportedLanguage.fromTag(args[2]).get(), err);
        }
        if (args.length == 4 && args[0].equals("export-xliff") && SupportedLanguage.fromTag(args[2]).isPresent()) {
            return exportXliff(Path.of(args[1]), SupportedLanguage.fromTag(args[2]).get(), Path.of(args[3]), err);
        }
        if (args.length == 4 && args[0].equals("import-xliff") && SupportedLanguage.fromTag(args[2]).isPresent()) {
            return importXliff(Path.of(args[1]), SupportedLanguage.fromTag(args[2]).get(), Path.of(args[3]), out, err);
        }
        if (args.length == 4 && args[0].equals("export-content-xliff") && SupportedLanguage.fromTag(args[2]).isPresent()) {
            return exportContentXliff(Path.of(args[1]), SupportedLanguage.fromTag(args[2]).get(), Path.of(args[3]), out, err);
        }
        if (args.length == 4 && args[0].equals("import-content-xliff") && SupportedLanguage.fromTag(args[2]).isPresent()) {
            return importContentXliff(Path.of(args[1]), SupportedLanguage.fromTag(args[2]).get(), Path.of(args[3]), out, err);
        }
        err.println("usage: check-content DIR | guard-eval FILE [CONTENT_DIR] | check-i18n DIR | confirm-i18n DIR LANGUAGE"
                + " | export-xliff DIR LANGUAGE FILE | import-xliff DIR LANGUAGE FILE"
                + " | export-content-xliff DIR LANGUAGE FILE | import-content-xliff DIR LANGUAGE FILE");
        return 2;
    }

    /** The importer's validation and the content guard over a content folder. */
    static int checkContent(Path folder, PrintStream out) {
        try {
            ContentFolderReader.read(folder);
            return 0;
        } catch (ContentRejectedException rejected) {
            print(rejected.problems(), out);
            return 1;
        }
    }

    /**
     * The content guard of a content folder on sentences whose answer is known: recall and false refusals per
     * language and category, and each sentence it got wrong. Exits 0 when every language meets the targets (recall
     * at least 95 %, false refusals at most 2 %), 1 when one does not, 2 when the file or the rules cannot be read.
     */
    static int guardEvaluation(Path file, Path contentFolder, PrintStream out, PrintStream err) {
        try {
            if (Files.size(file) > GuardEvaluation.MAX_FILE_BYTES) {
                err.println(file + " is larger than " + GuardEvaluation.MAX_FILE_BYTES / (1024 * 1024) + " MB");
                return 2;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            ContentGuard guard = ContentFolderReader.guard(contentFolder);
            List<GuardEvaluation.Outcome> outcomes = GuardEvaluation.run(guard, lines);
            out.print(GuardEvaluation.report(outcomes));
            return GuardEvaluation.targetsMet(outcomes) ? 0 : 1;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (GuardEvaluation.BadLine | IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return 2;
        }
    }

    /** Every check of the UI bundles; errors fail, warnings (stale, identical, obsolete) are printed only. */
    static int checkBundles(Path folder, PrintStream out, PrintStream err) {
        try {
            List<BundleFinding> findings = new ArrayList<>(BundleChecker.check(BundleFolder.source(folder),
                    BundleFolder.translations(folder), BundleFolder.sidecar(folder)));
            if (Files.isDirectory(folder.resolve("staff"))) {
                findings.addAll(StaffBundleChecker.check(folder.resolve("staff")));
            }
            for (BundleFinding finding : findings) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
                fields.put("file", finding.file());
                fields.put("line", finding.line());
                fields.put("language", finding.language());
                fields.put("key", finding.key());
                fields.put("check", finding.check());
                fields.put("message", finding.message());
                out.println(Json.object(fields));
            }
            return findings.stream().anyMatch(BundleFinding::isError) ? 1 : 0;
        } catch (IOException e) {
            err.println("Cannot read " + folder + ": " + e.getMessage());
            return 2;
        }
    }

    /** A translator checked LANGUAGE against the current English source: its translations are no longer stale. */
    static int confirmBundle(Path folder, SupportedLanguage language, PrintStream err) {
        try {
            BundleFolder.confirm(folder, language);
            return 0;
        } catch (IOException e) {
            err.println("Cannot update " + folder.resolve(BundleFolder.SIDECAR) + ": " + e.getMessage());
            return 2;
        }
    }

    /** A language's UI strings as XLIFF 2.0 for a translator's CAT tool. */
    static int exportXliff(Path folder, SupportedLanguage language, Path file, PrintStream err) {
        try {
            Files.writeString(file, XliffExchange.export(folder, language), StandardCharsets.UTF_8);
            return 0;
        } catch (IOException e) {
            err.println("Cannot export: " + e.getMessage());
            return 2;
        }
    }

    /** Applies a translated XLIFF file all or nothing, and reports what it did or why it did nothing. */
    static int importXliff(Path folder, SupportedLanguage language, Path file, PrintStream out, PrintStream err) {
        try {
            return report(XliffExchange.importInto(folder, language, readXliff(file)), out);
        } catch (IOException e) {
            err.println("Cannot import " + file + ": " + e.getMessage());
            return 2;
        }
    }

    /** An XLIFF file's bytes, refused before it is read into memory when it is larger than any XLIFF file can be. */
    private static byte[] readXliff(Path file) throws IOException {
        if (Files.size(file) > XliffExchange.MAX_BYTES) {
            throw new IOException("the file is larger than " + XliffExchange.MAX_BYTES / (1024 * 1024)
                    + " MB; an XLIFF file of one language is much smaller");
        }
        return Files.readAllBytes(file);
    }

    /** A language's content texts (schools, guide, blocks) as XLIFF 2.0; the folder must be valid. */
    static int exportContentXliff(Path folder, SupportedLanguage language, Path file, PrintStream out, PrintStream err) {
        try {
            Files.writeString(file, ContentXliff.export(folder, language), StandardCharsets.UTF_8);
            return 0;
        } catch (ContentRejectedException rejected) {
            print(rejected.problems(), out);
            return 1;
        } catch (IOException e) {
            err.println("Cannot export: " + e.getMessage());
            return 2;
        }
    }

    static int importContentXliff(Path folder, SupportedLanguage language, Path file, PrintStream out, PrintStream err) {
        try {
            return report(ContentXliff.importInto(folder, language, readXliff(file)), out);
        } catch (ContentRejectedException rejected) {
            print(rejected.problems(), out);
            return 1;
        } catch (IOException e) {
            err.println("Cannot import " + file + ": " + e.getMessage());
            return 2;
        }
    }

    private static int report(XliffExchange.ImportReport report, PrintStream out) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("applied", report.applied());
        fields.put("changed", report.changed());
        fields.put("unchanged", report.unchanged());
        out.println(Json.object(fields));
        for (String problem : report.problems()) {
            out.println(Json.object(Map.of("severity", "error", "message", problem)));
        }
        return report.applied() ? 0 : 1;
    }

    private static void print(List<ContentProblem> problems, PrintStream out) {
        for (ContentProblem problem : problems) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("severity", "error");
            fields.put("file", problem.file());
            fields.put("line", problem.line());
            fields.put("field", problem.field());
            fields.put("language", problem.language());
            fields.put("rule", problem.rule().isEmpty() ? "content" : problem.rule());
            fields.put("phrase", problem.phrase());
            fields.put("message", problem.message());
            out.println(Json.object(fields));
        }
    }
}
