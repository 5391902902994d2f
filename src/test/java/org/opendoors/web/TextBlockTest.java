package org.opendoors.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextBlockTest {

    @Test
    void splitsParagraphsAndLists() {
        List<TextBlock> blocks = TextBlock.parse("""
                Aprenem per projectes.
                Cada curs en tria un.

                Projectes:
                - L'hort
                - La ràdio <b>escolar</b>

                Fi.
                """);
        assertEquals(List.of(
                new TextBlock(false, List.of("Aprenem per projectes.", "Cada curs en tria un.")),
                new TextBlock(false, List.of("Projectes:")),
                new TextBlock(true, List.of("L'hort", "La ràdio <b>escolar</b>")),
                new TextBlock(false, List.of("Fi."))), blocks);
    }

    @Test
    void nothingGivesNoBlocks() {
        assertEquals(List.of(), TextBlock.parse(null));
        assertEquals(List.of(), TextBlock.parse("  \n\n "));
    }
}
