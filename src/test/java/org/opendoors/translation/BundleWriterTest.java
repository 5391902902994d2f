package org.opendoors.translation;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.translation.domain.BundleFile;
import org.opendoors.translation.service.BundleFolder;
import org.opendoors.translation.service.BundleWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BundleWriterTest {

    private static final Path I18N = Path.of("i18n");

    @Test
    void writingTheBundlesAsTheyAreChangesNotOneByte() throws Exception {
        Map<SupportedLanguage, BundleFile> bundles = BundleFolder.translations(I18N);
        for (SupportedLanguage language : SupportedLanguage.values()) {
            if (language == SupportedLanguage.EN) {
                continue;
            }
            String written = BundleWriter.render(I18N, language, bundles.get(language).messages());
            assertEquals(Files.readString(I18N.resolve("messages_" + language.tag() + ".properties"), StandardCharsets.UTF_8),
                    written, language.tag());
        }
    }
}
