package org.opendoors.editorial.service;

import org.junit.jupiter.api.Test;
import org.opendoors.editorial.domain.TextFields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file typed whole in the back office: only what the person changed changes. */
class StoredTextTest {

    /** As a content folder holds it: a block text keeps its final line break, which cleaning takes away. */
    private static final String STORED = """
            title: Welcome
            steps:
              - calendar: visit
                text: |
                  Come to the open days.
                  Ask what you want to know.
              - calendar: apply
                text: |
                  Fill in the form by 30 March.
            """;

    @Test
    void aFileSavedAsItWasOpenedIsTheStoredFile() {
        assertEquals(STORED, StoredText.cleanFile(STORED, STORED));
        // The browser sends its own line breaks.
        assertEquals(STORED, StoredText.cleanFile(STORED.replace("\n", "\r\n"), STORED));
        // Without the version it was opened on, the texts are cleaned (the final line breaks go): a new file.
        assertFalse(STORED.equals(StoredText.cleanFile(STORED)));
    }

    @Test
    void onlyTheChangedTextIsCleanedTheOthersKeepTheirStoredForm() {
        String typed = STORED.replace("Fill in the form by 30 March.", "Fill in the <b>form</b> by 31 March.");
        String saved = StoredText.cleanFile(typed, STORED);
        var texts = TextFields.texts(saved);
        var before = TextFields.texts(STORED);
        assertEquals(before.get("steps.visit.text"), texts.get("steps.visit.text"), saved);
        assertTrue(texts.get("steps.apply.text").contains("31 March") && !texts.get("steps.apply.text").contains("<"), saved);
    }

    @Test
    void aTypedTextThatOnlyCleansToTheStoredOneIsStoredAsItWas() {
        // Markup that cleaning would drop is never stored because the rest of the text is unchanged.
        String typed = STORED.replace("title: Welcome", "title: <span>Welcome</span>");
        String saved = StoredText.cleanFile(typed, STORED);
        assertEquals("Welcome", TextFields.texts(saved).get("title"), saved);
        assertFalse(saved.contains("<span>"), saved);
    }
}
