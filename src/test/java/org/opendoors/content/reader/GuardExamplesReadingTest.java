package org.opendoors.content.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.GuardExample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A language's example sentences (guard/&lt;lang&gt;.examples.yaml): read beside its rules, every fault told at its field. */
class GuardExamplesReadingTest {

    private static final String RULES = """
            cues:
              superlative: [best]
              school: [school]
            categories:
              ranking:
                when: [superlative + school]
                reason: Rankings turn into reputation.
                suggestion: Say what the school does well.
            """;

    @Test
    void examplesAreReadWithTheirCategories(@TempDir Path content) throws IOException {
        write(content, "en.yaml", RULES);
        write(content, "en.examples.yaml", """
                refuse:
                  ranking: [We are the finest academy around.]
                  demand: [We turn families away every year.]
                allow:
                  - The best part of the day is the morning circle.
                """);
        List<GuardExample> examples = ContentFolderReader.guardRules(content).get("en").examples();
        assertEquals(List.of(
                GuardExample.refused("We are the finest academy around.", GuardCategory.RANKING),
                GuardExample.refused("We turn families away every year.", GuardCategory.DEMAND),
                GuardExample.ordinary("The best part of the day is the morning circle.")), examples);
        assertEquals(Optional.empty(), examples.get(2).refusedAs());
    }

    @Test
    void everyFaultIsToldAtItsField(@TempDir Path content) throws IOException {
        write(content, "en.yaml", RULES);
        write(content, "en.examples.yaml", """
                refuse:
                  rankings: [We are the finest academy around.]
                  ranking: [The same sentence., The same sentence.]
                allow:
                  - %s
                extra: [x]
                """.formatted("a".repeat(601)));
        String problems = problems(content);
        assertTrue(problems.contains("guard/en.examples.yaml"), problems);
        assertTrue(problems.contains("rankings"), problems);
        assertTrue(problems.contains("listed twice"), problems);
        assertTrue(problems.contains("longer than 600 characters"), problems);
        assertTrue(problems.contains("extra"), problems);
    }

    @Test
    void aFileWithAProblemTeachesNothingUntilItIsMended(@TempDir Path content) throws IOException {
        // A list over its bound is read as nothing: the refusals alone would teach the guard that every sentence is
        // one to refuse, and the folder's other texts would be reported as refused besides the real problem.
        write(content, "en.yaml", RULES);
        write(content, "en.examples.yaml", """
                refuse:
                  ranking: [We are the finest academy around.]
                allow: [%s]
                """.formatted(String.join(", ", java.util.stream.IntStream.rangeClosed(1, 20_001)
                .mapToObj(i -> "Garden " + i + ".").toList())));
        Problems problems = new Problems();
        java.util.Map<String, org.opendoors.content.guard.domain.LanguageRules> rules =
                GuardRulesReader.read(new ContentFiles(content, problems), problems);
        assertTrue(problems.all().toString().contains("at most 20000"), problems.all().toString());
        assertEquals(List.of(), rules.get("en").examples());
    }

    @Test
    void examplesNeedTheirLanguagesRulesAndALanguageName(@TempDir Path content) throws IOException {
        write(content, "en.yaml", RULES);
        write(content, "fr.examples.yaml", "refuse:\n  ranking: [La meilleure école.]\nallow: [Le jardin.]\n");
        assertTrue(problems(content).contains("need the language's rules beside them, guard/fr.yaml"), problems(content));

        Files.delete(content.resolve("guard/fr.examples.yaml"));
        write(content, "xx.examples.yaml", "refuse:\n  ranking: [Best.]\nallow: [Garden.]\n");
        assertTrue(problems(content).contains("named after a portal language"), problems(content));
    }

    private static String problems(Path content) {
        return assertThrows(IllegalArgumentException.class, () -> ContentFolderReader.guardRules(content)).getMessage();
    }

    private static void write(Path content, String name, String text) throws IOException {
        Files.createDirectories(content.resolve("guard"));
        Files.writeString(content.resolve("guard").resolve(name), text);
    }
}
