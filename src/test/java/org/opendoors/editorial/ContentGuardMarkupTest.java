package org.opendoors.editorial;

import org.junit.jupiter.api.Test;
import org.opendoors.content.guard.domain.GuardFinding;
import org.opendoors.content.guard.service.ContentGuard;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.content.text.RichText;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markup hides nothing from the guard: it reads the words a family reads. */
class ContentGuardMarkupTest {

    private static final ContentGuard GUARD = ContentFolderReader.guard(Path.of("content"));

    @Test
    void wordsSplitByMarkupAreStillRefused() {
        assertEquals("best school", GUARD.check("We are the **best** school.", "en").get(0).phrase());
        assertEquals("best school", GUARD.check("We are the [best](https://a.example) school.", "en").get(0).phrase());
        assertTrue(GUARD.check("Som la *millor* escola.", "ca").get(0).phrase().endsWith("millor escola"));
        assertTrue(GUARD.check("## Our *garden* and [our radio](https://a.example)", "en").isEmpty());
    }

    @Test
    void offsetsCountInTheWordsWhichKeepTheLines() {
        String text = "## Our school\n\n- We are the **best** school";
        GuardFinding finding = GUARD.check(text, "en").get(0);
        String words = RichText.plainText(text);
        assertEquals("best school", words.substring(finding.offset(), finding.offset() + finding.phrase().length()));
        assertEquals(List.of("Our school", "", "We are the best school"), words.lines().toList());
    }
}
