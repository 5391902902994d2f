package org.opendoors.editorial;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opendoors.content.guard.domain.GuardFinding;
import org.opendoors.content.guard.service.ContentGuard;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each language's guard rules (content/guard/<lang>.yaml) against sentences that must be refused and sentences
 * that must pass (src/test/resources/guard/<lang>.yaml).
 */
class ContentGuardLanguagesTest {

    private static final ContentGuard GUARD = ContentFolderReader.guard(Path.of("content"));

    @TestFactory
    Stream<DynamicContainer> everyLanguageRefusesWhatItMustAndNothingElse() {
        // -Dguard.language=ru checks one language while its rules are being written.
        String only = System.getProperty("guard.language", "");
        return SupportedLanguage.all().stream().filter(l -> only.isEmpty() || l.tag().equals(only)).map(language -> {
            Map<String, List<String>> sentences = sentences(language.tag());
            assertTrue(GUARD.knows(language.tag()), "no guard rules for " + language.tag());
            Stream<DynamicTest> refuse = sentences.get("refuse").stream().map(sentence ->
                    DynamicTest.dynamicTest("refuses: " + sentence, () -> {
                        List<GuardFinding> findings = GUARD.check(sentence, language.tag());
                        assertFalse(findings.isEmpty(), "not refused: " + sentence);
                        assertFalse(findings.get(0).reason().isBlank());
                        assertFalse(findings.get(0).suggestion().isBlank());
                    }));
            Stream<DynamicTest> accept = sentences.get("accept").stream().map(sentence ->
                    DynamicTest.dynamicTest("accepts: " + sentence, () ->
                            assertEquals(List.of(), GUARD.check(sentence, language.tag()), sentence)));
            return DynamicContainer.dynamicContainer(language.tag(), Stream.concat(refuse, accept));
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> sentences(String language) {
        try (Reader reader = Files.newBufferedReader(Path.of("src/test/resources/guard/" + language + ".yaml"))) {
            Map<String, List<String>> sentences = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            assertTrue(sentences.get("refuse").size() >= 10 && sentences.get("accept").size() >= 5,
                    language + " needs at least 10 sentences to refuse and 5 to accept");
            return sentences;
        } catch (IOException e) {
            throw new AssertionError("no test sentences for " + language, e);
        }
    }
}
