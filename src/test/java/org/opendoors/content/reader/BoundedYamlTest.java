package org.opendoors.content.reader;

import org.junit.jupiter.api.Test;
import org.opendoors.editorial.domain.TextFields;
import org.opendoors.editorial.service.StoredText;
import org.yaml.snakeyaml.nodes.MappingNode;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every YAML text is refused within its bounds before anything is built from it, fast and with a clear reason. */
class BoundedYamlTest {

    /**
     * Catches a blow-up, not slowness: far more than any refusal here takes even on a loaded machine running test
     * classes side by side (under 0.1 s quiet), less than half of what the unbounded parse took quiet (22 s, 2 GB).
     */
    private static final Duration FAST = Duration.ofSeconds(10);

    /** The classic: nine levels of nine aliases, 10⁹ values from under a kilobyte. */
    static final String BILLION_LAUGHS = billionLaughs();

    /** The editor's 361-byte bomb: few aliases, each to a list of the previous one, walked path by path. */
    static final String ALIAS_CHAIN = aliasChain(30);

    @Test
    void aliasBombsAreRefusedAtTheirFirstAnchor() {
        for (String bomb : new String[]{BILLION_LAUGHS, ALIAS_CHAIN, "a: &x [1, 2]\nb: *x\n", "&a [*a]\n",
                "a: &anchor plain\n", "- &m {k: v}\n- {<<: *m}\n"}) {
            YamlRefusedException refused = refuse(bomb, BoundedYaml.Limits.CONTENT);
            assertTrue(refused.getMessage().startsWith("uses a YAML anchor (&name)"), refused.getMessage());
            assertTrue(refused.line() >= 1, bomb);
        }
    }

    @Test
    void anAliasWithoutItsAnchorIsRefusedToo() {
        YamlRefusedException refused = refuse("a: 1\nb: *nowhere\n", BoundedYaml.Limits.CONTENT);
        assertEquals("uses a YAML alias (*name); content files need none: write the value out", refused.getMessage());
        assertEquals(2, refused.line());
    }

    @Test
    void tagsAreRefused() {
        for (String tagged : new String[]{"a: !!binary aGVsbG8=\n", "a: !!python/object:os.system ls\n",
                "!!set {a, b}\n", "a: !custom x\n", "a: !!str 10:00\n"}) {
            assertTrue(refuse(tagged, BoundedYaml.Limits.CONTENT).getMessage().startsWith("uses a YAML tag"), tagged);
        }
    }

    @Test
    void deepNestingIsRefusedAtTheLimitNotAfterIt() {
        String flow = "[".repeat(200_000) + "]".repeat(200_000);
        assertEquals("nests lists and fields more than 20 levels deep; a content file needs far fewer",
                refuse(flow, BoundedYaml.Limits.CONTENT).getMessage());
        StringBuilder block = new StringBuilder();
        for (int depth = 0; depth < 40; depth++) {
            block.append("  ".repeat(depth)).append("k").append(depth).append(":\n");
        }
        block.append("  ".repeat(40)).append("v\n");
        YamlRefusedException refused = refuse(block.toString(), BoundedYaml.Limits.CONTENT);
        assertTrue(refused.getMessage().startsWith("nests lists and fields more than 20 levels"), refused.getMessage());
        assertEquals(21, refused.line());
    }

    @Test
    void aHugeScalarIsRefusedBeforeItIsParsed() {
        String huge = "summary: " + "x".repeat(1_000_000);
        assertEquals("is larger than 1,000,000 characters, the limit for a file of this kind; split it or make it smaller",
                refuse(huge, BoundedYaml.Limits.CONTENT).getMessage());
    }

    @Test
    void tooManyValuesAreRefusedAtTheFirstOneOverTheLimit() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            keys.append('k').append(i).append(": 1\n");
        }
        YamlRefusedException manyKeys = refuse(keys.toString(), BoundedYaml.Limits.CONTENT);
        assertEquals("holds more than 100,000 values, the limit for a file of this kind; split it or make it smaller",
                manyKeys.getMessage());
        assertEquals(50_000, manyKeys.line());
        String manyItems = "[" + "1,".repeat(150_000) + "1]";
        assertTrue(refuse(manyItems, BoundedYaml.Limits.CONTENT).getMessage().startsWith("holds more than 100,000 values"));
    }

    @Test
    void aSyntaxErrorNamesItsLineButNeverQuotesTheText() {
        YamlRefusedException refused = refuse("a: 1\nb: [unclosed SECRET-TEXT-HERE\nc: 2\n", BoundedYaml.Limits.CONTENT);
        assertTrue(refused.getMessage().startsWith("is not valid YAML: "), refused.getMessage());
        assertTrue(refused.line() >= 2, String.valueOf(refused.line()));
        assertTrue(!refused.getMessage().contains("SECRET-TEXT-HERE"), refused.getMessage());
    }

    @Test
    void ordinaryContentIsReadAsBefore() throws YamlRefusedException {
        String text = "name: Provatown\ntimes: [10:00, \"08991\"]\nnested: {a: {b: [1, 2]}}\n";
        assertInstanceOf(MappingNode.class, BoundedYaml.compose(text, BoundedYaml.Limits.CONTENT));
        Object loaded = BoundedYaml.load(text, BoundedYaml.Limits.CONTENT);
        assertEquals("Provatown", ((Map<?, ?>) loaded).get("name"));
        assertEquals(null, BoundedYaml.compose("", BoundedYaml.Limits.CONTENT));
        assertEquals(BoundedYaml.Limits.GEOJSON, BoundedYaml.Limits.forFile("districts.geojson"));
        assertEquals(BoundedYaml.Limits.CONTENT, BoundedYaml.Limits.forFile("schools/x/ca.yaml"));
    }

    @Test
    void theEditorsFindNoFieldsInABombAndLeaveItToTheFolderCheck() {
        for (String bomb : new String[]{BILLION_LAUGHS, ALIAS_CHAIN}) {
            assertEquals(Map.of(), fast(() -> TextFields.all(bomb)));
            assertEquals(Map.of(), fast(() -> TextFields.texts(bomb)));
            assertEquals(bomb, fast(() -> StoredText.cleanFile(bomb)));
        }
    }

    private static YamlRefusedException refuse(String text, BoundedYaml.Limits limits) {
        return fast(() -> assertThrows(YamlRefusedException.class, () -> BoundedYaml.compose(text, limits)));
    }

    private static <T> T fast(Supplier<T> work) {
        return assertTimeoutPreemptively(FAST, work::get);
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*a" + (level - 1);
            yaml.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        return yaml.toString();
    }

    private static String aliasChain(int levels) {
        StringBuilder yaml = new StringBuilder("l0: &l0 [x, x]\n");
        for (int level = 1; level < levels; level++) {
            yaml.append('l').append(level).append(": &l").append(level).append(" [*l").append(level - 1)
                    .append(", *l").append(level - 1).append("]\n");
        }
        return yaml.toString();
    }
}
