package org.opendoors.editorial.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordDiffTest {

    @Test
    void aChangedWordIsMarkedInsideTheSentenceNotTheWholeText() {
        List<WordDiff.Piece> pieces = WordDiff.between("Open day every Friday at five.", "Open day every Thursday at five.");
        assertEquals("Open day every [-Friday-]{+Thursday+} at five.", render(pieces));
    }

    @Test
    void chineseIsComparedByItsWords() {
        String render = render(WordDiff.between("学校每天下午开放图书馆。", "学校每周三下午开放图书馆。"));
        assertTrue(render.startsWith("学校"), render);
        assertTrue(render.endsWith("下午开放图书馆。"), render);
        assertTrue(render.contains("[-") && render.contains("{+"), render);
    }

    @Test
    void joiningEachSideGivesItsTextBack() {
        String older = "Hi ha hort,\nbiblioteca i menjador.";
        String newer = "Hi ha hort i galliner,\nbiblioteca i menjador propi.";
        WordDiff.Sides sides = WordDiff.sides(older, newer);
        assertEquals(older, sides.older().stream().map(WordDiff.Piece::text).collect(Collectors.joining()));
        assertEquals(newer, sides.newer().stream().map(WordDiff.Piece::text).collect(Collectors.joining()));
        assertTrue(sides.older().stream().noneMatch(WordDiff.Piece::isAdded));
        assertTrue(sides.newer().stream().noneMatch(WordDiff.Piece::isRemoved));
    }

    @Test
    void aTextAddedOrRemovedWholeIsOnePiece() {
        assertEquals("{+Nou text.+}", render(WordDiff.between(null, "Nou text.")));
        assertEquals("[-Text antic.-]", render(WordDiff.between("Text antic.", "")));
        assertEquals("Igual.", render(WordDiff.between("Igual.", "Igual.")));
    }

    private static String render(List<WordDiff.Piece> pieces) {
        return pieces.stream().map(piece -> switch (piece.change()) {
            case KEPT -> piece.text();
            case REMOVED -> "[-" + piece.text() + "-]";
            case ADDED -> "{+" + piece.text() + "+}";
        }).collect(Collectors.joining());
    }
}
