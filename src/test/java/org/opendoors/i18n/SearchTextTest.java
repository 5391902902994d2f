package org.opendoors.i18n;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.service.SearchText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTextTest {

    @Test
    void foldsCaseAccentsWidthAndTheMiddleDot() {
        assertEquals("escola joan fabra", SearchText.fold("Escola Joan Fàbra"));
        assertEquals("fabra", SearchText.fold("ＦＡＢＲＡ"));
        assertEquals("collegi", SearchText.fold("Col·legi"));
        assertEquals("елка", SearchText.fold("Ёлка"));
    }

    @Test
    void everyWordOfTheQueryMustOccur() {
        String text = SearchText.fold("Escola Joan Fàbra, Les Fonts: orquestra i cor de cinc llengües");
        assertTrue(SearchText.matches(text, "fabra"));
        assertTrue(SearchText.matches(text, "LLENGUES  orquestra"));
        assertFalse(SearchText.matches(text, "fabra robòtica"));
    }

    @Test
    void chineseArabicAndRussianMatchTheirOwnTexts() {
        assertTrue(SearchText.matches(SearchText.fold("学校有一个五种语言的合唱团。"), "合唱"));
        assertTrue(SearchText.matches(SearchText.fold("Лига шахмат с соседями"), "ШАХМАТ"));
        assertTrue(SearchText.matches(SearchText.fold("مكتبةٌ كبيرة"), "مكتبة"));
        assertFalse(SearchText.matches(SearchText.fold("学校有一个五种语言的合唱团。"), "足球"));
    }

    @Test
    void arabicLetterVariantsAndTraditionalChineseFindTheSameWords() {
        // Teh marbuta typed as heh, alef maksura as yeh, and the other way round.
        assertTrue(SearchText.matches(SearchText.fold("مدرسة الموسيقى"), "مدرسه"));
        assertTrue(SearchText.matches(SearchText.fold("مدرسه الموسيقي"), "مدرسة الموسيقى"));
        // Urdu's own yeh and keheh, Arabic's yeh and kaf; a stretched word; hamza forms of alef.
        assertTrue(SearchText.matches(SearchText.fold("لائبریری کی کتابیں"), "كتابيں"));
        assertTrue(SearchText.matches(SearchText.fold("مكتبة"), "مكـــتبة"));
        assertTrue(SearchText.matches(SearchText.fold("أنشطة إضافية"), "انشطه اضافيه"));
        // Traditional characters find the Simplified text, and the other way round.
        assertTrue(SearchText.matches(SearchText.fold("学校有音乐和体育"), "音樂"));
        assertTrue(SearchText.matches(SearchText.fold("學校有音樂"), "音乐"));
        assertFalse(SearchText.matches(SearchText.fold("学校有音乐"), "體育"));
    }
}
