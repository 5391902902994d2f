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
}
