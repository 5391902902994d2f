package org.opendoors.i18n;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SupportedLanguageTest {

    @Test
    void theEightLanguagesOfTheCityGuideInTheirOwnNames() {
        assertEquals(List.of("Català", "Español", "English", "Français", "العربية", "اردو", "中文", "Русский"),
                SupportedLanguage.all().stream().map(SupportedLanguage::ownName).toList());
    }

    @Test
    void arabicAndUrduAreWrittenRightToLeft() {
        assertEquals(List.of("ar", "ur"), SupportedLanguage.all().stream()
                .filter(SupportedLanguage::isRightToLeft).map(SupportedLanguage::tag).toList());
        assertEquals("rtl", SupportedLanguage.UR.direction());
        assertEquals("ltr", SupportedLanguage.ZH.direction());
    }

    @Test
    void chineseIsServedInSimplifiedScriptUnderTheBareTag() {
        assertEquals("zh", SupportedLanguage.ZH.tag());
        assertEquals("Hans", SupportedLanguage.ZH.locale().getScript());
    }
}
