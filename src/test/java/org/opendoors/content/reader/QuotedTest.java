package org.opendoors.content.reader;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotedTest {

    @Test
    void aShortValueIsQuotedAsWritten() {
        assertEquals("'districts.geojson'", Quoted.quote("districts.geojson"));
        assertEquals("'مدرسة النور'", Quoted.quote("مدرسة النور"));
        assertEquals("''", Quoted.quote(null));
    }

    @Test
    void aLongValueIsCutBetweenGraphemesAfterForty() {
        String long_ = "é".repeat(100);
        assertEquals("'" + "é".repeat(40) + "…'", Quoted.quote(long_));
        String decomposed = "e\u0301".repeat(50);
        String excerpt = Quoted.excerpt(decomposed);
        assertEquals("e\u0301".repeat(40) + "…", excerpt);
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertEquals(family.repeat(40) + "…", Quoted.excerpt(family.repeat(41)));
        assertTrue(Quoted.excerpt("x".repeat(5_000_000)).length() <= 41);
    }

    @Test
    void controlAndBidiCharactersNeverReachAMessage() {
        assertEquals("'a\uFFFDb\uFFFDc d'", Quoted.quote("a\u0000b\u202Ec\n\t d"));
        assertEquals("'\uFFFDfdp.exe'", Quoted.quote("\u202Efdp.exe"));
        // Joiners are part of Urdu, Persian and emoji spelling and stay.
        assertEquals("'می\u200Cخواهم'", Quoted.quote("می\u200Cخواهم"));
    }
}
