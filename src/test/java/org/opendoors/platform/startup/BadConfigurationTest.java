package org.opendoors.platform.startup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BadConfigurationTest {

    @Test
    void whatIsWrongWhichVariableAndWhatToDoInOneLine() {
        BadConfiguration bad = new BadConfiguration("OPENDOORS_CONTENT_DIR", "There is no content folder at\n/srv/content.",
                "Set it to the city's content folder.");
        assertEquals("There is no content folder at /srv/content (OPENDOORS_CONTENT_DIR). Set it to the city's content folder.",
                bad.getMessage());
        assertEquals("OPENDOORS_CONTENT_DIR", bad.variable());
    }

    @Test
    void aDetailFromADriverIsOneLineOfBoundedLength() {
        String detail = BadConfiguration.detail("first line\r\n\tsecond " + "x".repeat(1000));
        assertTrue(detail.startsWith("first line second xxx"), detail);
        assertEquals(300, detail.length());
        assertTrue(detail.endsWith("…"));
        assertEquals("", BadConfiguration.detail(null));
    }
}
