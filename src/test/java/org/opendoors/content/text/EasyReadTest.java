package org.opendoors.content.text;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.service.StaffMessages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EasyReadTest {

    @Test
    void eachLineIsItsOwnParagraphWithItsMarks() {
        List<TextBlock> blocks = EasyRead.blocks("La Sínia is a public school.\n\n  Children learn *outside*.\n- Lunch costs 6 euros.\n");

        assertEquals(3, blocks.size());
        assertTrue(blocks.stream().allMatch(TextBlock::isParagraph), "a dash starts no list in easy read");
        assertEquals("outside", blocks.get(1).getSpans().get(1).text());
        assertEquals("- Lunch costs 6 euros.", blocks.get(2).getSpans().get(0).text());
    }

    @Test
    void shortLinesAreEasyRead() {
        assertTrue(EasyRead.problem("Visit the schools.\nAsk the teachers your questions.\nBring your child.", "en").isEmpty());
    }

    @Test
    void aLineOfTwoIdeasRunTogetherIsNamed() {
        String long1 = "You can visit as many schools as you like and you can bring your child and ask the teachers"
                + " how children learn and how the school welcomes new pupils.";

        String problem = EasyRead.problem("Visit the schools.\n" + long1, "en").map(StaffMessages::english).orElseThrow();

        assertTrue(problem.contains("line 2 has 29 words"), problem);
    }

    @Test
    void wordsOfChineseAreCountedWithoutSpaces() {
        assertEquals(4, EasyRead.words("我们一起学习音乐。", "zh"), "我们 一起 学习 音乐");
        String longLine = "孩子们".repeat(30);

        assertTrue(EasyRead.problem(longLine, "zh").isPresent());
    }

    @Test
    void moreThanAHandfulOfLinesIsNoLongerTheShortVersion() {
        String text = "A short line.\n".repeat(EasyRead.MOST_LINES + 1);

        assertTrue(EasyRead.problem(text, "en").map(StaffMessages::english).orElseThrow()
                .contains("at most " + EasyRead.MOST_LINES));
    }
}
