package org.opendoors.cli;

import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.ContentFolderReader;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that run without a server, for cities that keep their content in git and check it in their own CI:
 * <pre>
 *   mvn -q exec:java -Dexec.args="check-content DIR"
 * </pre>
 * Prints one JSON object per finding and exits 1 when there is an error, 0 otherwise.
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
        if (args.length != 2 || !args[0].equals("check-content")) {
            err.println("usage: check-content DIR");
            return 2;
        }
        return checkContent(Path.of(args[1]), out);
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
