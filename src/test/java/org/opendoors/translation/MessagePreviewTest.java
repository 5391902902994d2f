package org.opendoors.translation;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.translation.domain.MessagePreviewResult;
import org.opendoors.translation.domain.PreviewSample;
import org.opendoors.translation.service.MessagePreview;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagePreviewTest {

    private static final String SCHOOLS_AR = "{count, plural, zero {لا مدارس} one {مدرسة واحدة} two {مدرستان} "
            + "few {# مدارس} many {# مدرسة} other {# مدرسة ومدرسة}}";

    @Test
    void arabicShowsItsSixCategoriesEachWithANumberThatFallsInIt() {
        MessagePreviewResult preview = MessagePreview.preview(SupportedLanguage.AR, SCHOOLS_AR);
        assertNull(preview.error());
        assertEquals(List.of(
                sample("zero · 0", "لا مدارس"),
                sample("one · 1", "مدرسة واحدة"),
                sample("two · 2", "مدرستان"),
                sample("few · 3", "3 مدارس"),
                sample("many · 11", "11 مدرسة"),
                sample("other · 100", "100 مدرسة ومدرسة")), shown(preview));
    }

    @Test
    void russianShowsFourCategoriesAndOtherTakesADecimal() {
        MessagePreviewResult preview = MessagePreview.preview(SupportedLanguage.RU,
                "{count, plural, one {# школа} few {# школы} many {# школ} other {# школы (дробное)}}");
        assertEquals(List.of("one · 1", "few · 2", "many · 5", "other · 1,5"), labels(preview));
        assertEquals("5 школ", preview.samples().get(2).rendered());
        assertEquals("1,5 школы (дробное)", preview.samples().get(3).rendered());
    }

    @Test
    void chineseShowsOneCategoryAndTheExactValueOfTheMessage() {
        MessagePreviewResult preview = MessagePreview.preview(SupportedLanguage.ZH,
                "{count, plural, =0 {没有符合条件的学校。} other {# 所学校}}");
        assertEquals(List.of(sample("other · 1", "1 所学校"), sample("=0", "没有符合条件的学校。")),
                shown(preview));
    }

    @Test
    void arabicZeroSaysWhenTheExactCaseForZeroIsWhatFamiliesSee() {
        MessagePreviewResult preview = MessagePreview.preview(SupportedLanguage.AR, SCHOOLS_AR.replace("{count, plural, ",
                "{count, plural, =0 {لا توجد مدرسة مطابقة} "));
        assertEquals(sample("zero · 0 (the =0 case applies)", "لا توجد مدرسة مطابقة"), shown(preview).get(0));
        assertEquals(sample("=0", "لا توجد مدرسة مطابقة"), shown(preview).get(6));
    }

    @Test
    void eachLabelIsASentenceOfTheStaffBundlesWithTheKeywordAsWritten() {
        MessagePreviewResult preview = MessagePreview.preview(SupportedLanguage.AR, SCHOOLS_AR.replace("{count, plural, ",
                "{count, plural, =0 {لا توجد مدرسة مطابقة} "));
        assertEquals("translation.preview.sample.categoryExact", preview.samples().get(0).wording().key());
        assertEquals("zero", preview.samples().get(0).wording().arguments().get("category"));
        assertEquals("translation.preview.sample.category", preview.samples().get(1).wording().key());
        assertEquals("translation.preview.sample.exact", preview.samples().get(6).wording().key());
        MessagePreviewResult broken = MessagePreview.preview(SupportedLanguage.AR, "{count, plural, one {x}");
        assertEquals("translation.preview.failed.invalid", broken.errorWording().key());
    }

    @Test
    void urduOneIsOnlyEverOneSoWithAnExactOneThePreviewSaysWhichCaseFamiliesSee() {
        MessagePreviewResult preview = MessagePreview.preview(SupportedLanguage.UR,
                "{count, plural, =1 {ایک ہی اسکول} one {# اسکول} other {# اسکول (کئی)}}");
        assertEquals(List.of("one · 1 (the =1 case applies)", "other · 2", "=1"), labels(preview));
        assertEquals("ایک ہی اسکول", preview.samples().get(2).rendered());
    }

    @Test
    void textArgumentsShowWhereTheyLandAndSelectsShowARealCase() {
        MessagePreviewResult preview = MessagePreview.preview(SupportedLanguage.FR,
                "{who, select, family {Votre famille} other {Quelqu'un}} visite {school} le {day, date, long}");
        assertEquals(1, preview.samples().size());
        assertEquals("sample", preview.samples().get(0).label());
        String rendered = preview.samples().get(0).rendered();
        assertTrue(rendered.startsWith("Votre famille visite [school] le "), rendered);
        assertTrue(rendered.contains("2027"), rendered);
    }

    @Test
    void aBrokenMessageSaysWhyInsteadOfRendering() {
        MessagePreviewResult preview = MessagePreview.preview(SupportedLanguage.AR, "{count, plural, one {مدرسة} other {# مدرسة}");
        assertFalse(preview.isRendered());
        assertTrue(preview.error().startsWith("Not valid ICU MessageFormat"), preview.error());
        assertEquals(List.of(), shown(preview));
    }

    private static List<String> labels(MessagePreviewResult preview) {
        return preview.samples().stream().map(PreviewSample::label).toList();
    }

    /** A sample as the test writes it: its English label and what families read. */
    private static List<String> sample(String label, String rendered) {
        return List.of(label, rendered);
    }

    private static List<List<String>> shown(MessagePreviewResult preview) {
        return preview.samples().stream().map(shown -> sample(shown.label(), shown.rendered())).toList();
    }
}
