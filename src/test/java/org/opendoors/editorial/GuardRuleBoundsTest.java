package org.opendoors.editorial;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.editorial.domain.GuardCategory;
import org.opendoors.editorial.domain.GuardRule;
import org.opendoors.editorial.domain.GuardRules;
import org.opendoors.editorial.service.ContentGuard;
import org.opendoors.editorial.service.GuardRuleTooSlowException;
import org.opendoors.testing.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guard's rules are the city's data, and a pattern is a program: one that backtracks without end is refused
 * when the rules are read, and matching any text stays bounded whatever a pattern does.
 */
class GuardRuleBoundsTest {

    private static final Duration FAST = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    @Test
    void aPatternThatBacktracksWithoutEndIsRefusedWhenTheRulesAreRead() throws IOException {
        Folders.copy(Path.of("src/test/resources/content/good"), folder);
        Files.createDirectories(folder.resolve("guard"));
        Files.writeString(folder.resolve("guard/ca.yaml"), """
                rules:
                  - id: nested
                    category: ranking
                    patterns:
                      - '(a{1,30}){1,30}b'
                      - '(?:(?:a|aa)+)+b'
                      - '\\b(\\w+\\s*){2,40}rànquing'
                      - '\\bla\\s+millor\\s+escola\\b'
                    reason: r
                    suggestion: s
                """);

        List<ContentProblem> problems = assertTimeoutPreemptively(FAST, () ->
                assertThrows(ContentRejectedException.class, () -> ContentFolderReader.read(folder)).problems());

        List<String> slow = problems.stream().filter(p -> p.file().equals("guard/ca.yaml"))
                .map(ContentProblem::message).toList();
        assertEquals(3, slow.size(), problems.toString());
        assertTrue(slow.get(0).startsWith("'(a{1,30}){1,30}b' takes without end to match a text such as 'aaaa"), slow.get(0));
        assertTrue(slow.stream().allMatch(m -> m.endsWith("write it without a repetition inside a repetition, such as (\\w+\\s*){2,40}")), slow.toString());
    }

    @Test
    void matchingATextStopsWhateverThePatternDoes() {
        // Runs of letters and spaces (what reading the rules tries) do not make this one slow; commas do.
        Pattern slow = Pattern.compile("(.*,){15}x");
        assertEquals(java.util.Optional.empty(), ContentGuard.backtrackingSample(slow));
        ContentGuard guard = new ContentGuard(Map.of("ca", new GuardRules("ca",
                List.of(new GuardRule("alternating", GuardCategory.RANKING, List.of(slow), "r", "s")), List.of())));

        GuardRuleTooSlowException stopped = assertTimeoutPreemptively(FAST, () ->
                assertThrows(GuardRuleTooSlowException.class, () -> guard.check("a,".repeat(40), "ca")));

        assertEquals("alternating", stopped.ruleId());
        assertEquals(List.of(), guard.check("Una escola amb hort.", "ca"));
    }

    @Test
    void aRuleStoppedOnATextIsReportedOnTheRuleOnce() throws IOException {
        Folders.copy(Path.of("src/test/resources/content/good"), folder);
        Files.createDirectories(folder.resolve("guard"));
        Files.writeString(folder.resolve("guard/ca.yaml"), """
                rules:
                  - id: alternating
                    category: ranking
                    patterns: ['(.*,){15}x']
                    reason: r
                    suggestion: s
                """);
        Path texts = folder.resolve("schools/escola-la-prova/ca.yaml");
        Files.writeString(texts, Files.readString(texts).replace("Una escola de prova amb hort.", "a,".repeat(40)));
        Path other = folder.resolve("schools/institut-el-mirador/ca.yaml");
        Files.writeString(other, Files.readString(other).replaceFirst("summary: .*", "summary: " + "b,".repeat(40)));

        List<ContentProblem> problems = assertTimeoutPreemptively(FAST, () ->
                assertThrows(ContentRejectedException.class, () -> ContentFolderReader.read(folder)).problems());

        List<ContentProblem> onTheRule = problems.stream().filter(p -> p.file().equals("guard/ca.yaml")).toList();
        assertEquals(1, onTheRule.size(), problems.toString());
        assertEquals("rules[alternating]", onTheRule.get(0).field());
        assertTrue(onTheRule.get(0).message().startsWith("its pattern takes too long to match the text of schools/"),
                onTheRule.get(0).message());
    }
}
