import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.ContentFolderReader;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * How long the content guard takes over every text of a content folder: the folder read with every file guarded,
 * minus the same read with none guarded, in one JVM, the first (cold) run apart from the median of the next ones.
 * Run by src/bench/run-guard.sh.
 */
public class GuardTiming {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "content");
        int runs = 11;
        long[] guard = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ContentFolderReader.read(folder, file -> false);
            long unguarded = System.nanoTime() - start;
            start = System.nanoTime();
            try {
                ContentFolderReader.read(folder);
            } catch (ContentRejectedException refused) {
                System.out.println("note: the folder has " + refused.problems().size() + " problem(s)");
            }
            guard[i] = (System.nanoTime() - start - unguarded) / 1_000_000;
        }
        long[] warm = Arrays.copyOfRange(guard, 1, runs);
        Arrays.sort(warm);
        System.out.printf("guard over every text of %s: first run %d ms, median of the next %d runs %d ms (max %d ms), %d cores%n",
                folder, guard[0], warm.length, warm[warm.length / 2], warm[warm.length - 1],
                Runtime.getRuntime().availableProcessors());
    }
}
