package org.opendoors.security.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditTextTest {

    @Test
    void textThatFitsIsKept() {
        assertEquals("marta", AuditText.bounded("marta", 60));
        assertEquals("", AuditText.bounded(null, 60));
    }

    @Test
    void anOverlongUserNameIsCutToTheColumnWithAnEllipsis() {
        String bounded = AuditText.bounded("a".repeat(10_000), AuditEntry.ACTOR_LENGTH);
        assertEquals(AuditEntry.ACTOR_LENGTH, bounded.length());
        assertTrue(bounded.endsWith("…"));
    }

    @Test
    void controlCharactersNeverReachTheDatabase() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", AuditText.bounded("a\0b\nc\u0085", 60));
    }

    @Test
    void aCutNeverSplitsASurrogatePairAndLoneSurrogatesAreReplaced() {
        String bounded = AuditText.bounded("ab" + "😀".repeat(10), 6);
        assertFalse(Character.isHighSurrogate(bounded.charAt(bounded.length() - 2)), bounded);
        assertEquals("ab😀…", bounded);
        assertEquals("x\uFFFDy", AuditText.bounded("x\uDC00y", 60));
    }

    @Test
    void theEntryBoundsEveryColumn() {
        String huge = "x".repeat(100_000);
        AuditEntry entry = new AuditEntry(java.time.Instant.EPOCH, huge, huge, huge, huge, huge);
        assertEquals(AuditEntry.ACTOR_LENGTH, entry.getActor().length());
        assertEquals(AuditEntry.ACTION_LENGTH, entry.getAction().length());
        assertEquals(AuditEntry.SUBJECT_LENGTH, entry.getSubject().length());
        assertEquals(AuditEntry.DETAIL_LENGTH, entry.getDetail().length());
        assertEquals(AuditEntry.ADDRESS_LENGTH, entry.getAddress().length());
    }
}
