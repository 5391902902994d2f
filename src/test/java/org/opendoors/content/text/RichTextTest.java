package org.opendoors.content.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RichTextTest {

    private static Span plain(String text) {
        return new Span(text, false, false, null);
    }

    private static Span em(String text) {
        return new Span(text, false, true, null);
    }

    private static Span strong(String text) {
        return new Span(text, true, false, null);
    }

    private static Span link(String text, String href) {
        return new Span(text, false, false, href);
    }

    /** The spans of a one-paragraph text. */
    private static List<Span> spans(String line) {
        List<TextBlock> blocks = RichText.parse(line);
        assertEquals(1, blocks.size(), blocks.toString());
        assertTrue(blocks.get(0).isParagraph());
        return blocks.get(0).getSpans();
    }

    @Test
    void splitsParagraphsHeadingsAndLists() {
        List<TextBlock> blocks = RichText.parse("""
                Aprenem per projectes.
                Cada curs en tria un.

                ## Els projectes
                Projectes:
                - L'hort
                - La ràdio <b>escolar</b>

                1. Inscriviu-vos.
                2. Visiteu l'escola.
                Fi.
                """);
        assertEquals(List.of(
                new TextBlock(TextBlock.Kind.PARAGRAPH, List.of(List.of(plain("Aprenem per projectes. Cada curs en tria un.")))),
                new TextBlock(TextBlock.Kind.HEADING, List.of(List.of(plain("Els projectes")))),
                new TextBlock(TextBlock.Kind.PARAGRAPH, List.of(List.of(plain("Projectes:")))),
                new TextBlock(TextBlock.Kind.BULLETED_LIST, List.of(List.of(plain("L'hort")),
                        List.of(plain("La ràdio <b>escolar</b>")))),
                new TextBlock(TextBlock.Kind.NUMBERED_LIST, List.of(List.of(plain("Inscriviu-vos.")),
                        List.of(plain("Visiteu l'escola.")))),
                new TextBlock(TextBlock.Kind.PARAGRAPH, List.of(List.of(plain("Fi."))))), blocks);
    }

    @Test
    void twoHeadingsInARowAreTwoBlocksAndOnlyTwoHashesMakeOne() {
        List<TextBlock> blocks = RichText.parse("## Un\n## Dos\n### Tres\n#Quatre\n##");
        assertEquals(3, blocks.size());
        assertTrue(blocks.get(0).isHeading() && blocks.get(1).isHeading());
        assertEquals(List.of(plain("### Tres #Quatre ##")), blocks.get(2).getSpans());
    }

    @Test
    void aYearOrALongNumberStartingALineIsNoListItem() {
        assertTrue(RichText.parse("2027. Un any nou.").get(0).isParagraph());
        assertTrue(RichText.parse("12.5 metres").get(0).isParagraph());
        assertTrue(RichText.parse("-sense espai").get(0).isParagraph());
    }

    @Test
    void nothingGivesNoBlocks() {
        assertEquals(List.of(), RichText.parse(null));
        assertEquals(List.of(), RichText.parse("  \n\n "));
        assertEquals(List.of(), RichText.parse("[](javascript:alert(1))"));
    }

    @Test
    void emphasisStrongAndBoth() {
        assertEquals(List.of(plain("Una "), em("escola"), plain(" "), strong("oberta"), plain(" i "),
                new Span("viva", true, true, null), plain(".")), spans("Una *escola* **oberta** i ***viva***."));
    }

    @Test
    void unclosedOrSpacedMarkersStayText() {
        assertEquals(List.of(plain("un *sol asterisc")), spans("un *sol asterisc"));
        assertEquals(List.of(plain("**sense tancar")), spans("**sense tancar"));
        assertEquals(List.of(plain("5 * 3 * 2 = 30")), spans("5 * 3 * 2 = 30"));
        assertEquals(List.of(plain("* no * ** ni ** ****")), spans("* no * ** ni ** ****"));
    }

    @Test
    void markersWorkInsideWordsButNeedAClosingOne() {
        assertEquals(List.of(plain("CO"), strong("2"), plain(" i H"), em("2"), plain("O")), spans("CO**2** i H*2*O"));
        assertEquals(List.of(plain("a**b i c*d")), spans("a**b i c*d"));
    }

    @Test
    void nestedEmphasisInsideStrongAndTheOtherWayRound() {
        assertEquals(List.of(strong("molt "), new Span("molt", true, true, null), strong(" important")),
                spans("**molt *molt* important**"));
        assertEquals(List.of(em("una "), new Span("gran", true, true, null), em(" idea")),
                spans("*una **gran** idea*"));
    }

    @Test
    void linksToWebPagesAndMail() {
        assertEquals(List.of(plain("Vegeu "), link("el nostre web", "https://lasinia.escoles.vallmar.example/projectes?curs=1"),
                plain(" o escriviu a "), link("secretaria", "mailto:secretaria@lasinia.example"), plain(".")),
                spans("Vegeu [el nostre web](https://lasinia.escoles.vallmar.example/projectes?curs=1) o escriviu a "
                        + "[secretaria](mailto:secretaria@lasinia.example)."));
        assertEquals(List.of(link("http://vallmar.example", "http://vallmar.example")), spans("[](http://vallmar.example)"));
        Span external = spans("[x](https://a.example)").get(0);
        assertTrue(external.isExternal());
        assertFalse(spans("[x](mailto:a@b.example)").get(0).isExternal());
    }

    @Test
    void aLinkLabelIsPlainTextAndALinkCanBeEmphasised() {
        assertEquals(List.of(link("el web", "https://a.example")), spans("[el **web**](https://a.example)"));
        assertEquals(List.of(new Span("el web", true, false, "https://a.example")), spans("**[el web](https://a.example)**"));
    }

    @Test
    void bracketsWithoutAnAddressStayText() {
        assertEquals(List.of(plain("Vegeu [nota 1] i [x] (https://a.example) i [y](https://a.example")),
                spans("Vegeu [nota 1] i [x] (https://a.example) i [y](https://a.example"));
        assertEquals(List.of(plain("[[niu]]")), spans("[[niu]]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "javascript:alert((1))",
            "java\tscript:alert(1)", "&#106;avascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "/relative/path", "//evil.example",
            "https://a b.example", "https://", "mailto:", "ftp://files.example", "https://a.example\"onmouseover=\"x"})
    void aLinkWithAnyOtherAddressIsItsLabelAsText(String target) {
        List<Span> spans = spans("Abans [aquí](" + target + ") després");
        assertEquals(List.of(plain("Abans aquí després")), spans, target);
        assertTrue(spans.stream().noneMatch(Span::isLink));
        assertFalse(RichText.plainText("[aquí](" + target + ")").contains(":"), target);
        assertEquals(1, RichText.refusedLinks("Abans [aquí](" + target + ") després").size(), target);
    }

    @Test
    void rightToLeftTextKeepsItsOrderAndMarkup() {
        // Arabic: the markup characters are neutral, the words stay in logical order; pages mirror them with dir="rtl".
        assertEquals(List.of(plain("مدرستنا "), strong("مفتوحة"), plain(" للجميع. "), link("موقعنا", "https://a.example/ar")),
                spans("مدرستنا **مفتوحة** للجميع. [موقعنا](https://a.example/ar)"));
        List<TextBlock> urdu = RichText.parse("## ہمارا اسکول\n١. پہلا قدم\n٢. دوسرا قدم");
        assertTrue(urdu.get(0).isHeading());
        assertEquals(List.of(List.of(plain("پہلا قدم")), List.of(plain("دوسرا قدم"))), urdu.get(1).getItems());
    }

    @Test
    void chineseEmphasisNeedsNoSpacesAndItsLinesJoinWithoutOne() {
        assertEquals(List.of(plain("我们的学校"), strong("欢迎"), plain("所有家庭，"), em("免费"), plain("入学。")),
                spans("我们的学校**欢迎**所有家庭，*免费*入学。"));
        assertEquals(List.of(plain("我们的学校欢迎所有家庭。")), spans("我们的学校\n欢迎所有家庭。"));
        assertEquals(List.of(plain("Una escola oberta.")), spans("Una escola\noberta."));
    }

    @Test
    void markupNeverCrossesALineEnd() {
        assertEquals(List.of(plain("*una escola oberta*")), spans("*una escola\noberta*"));
    }

    @Test
    void plainTextHasTheWordsLineForLine() {
        assertEquals("best school", RichText.plainText("**best** school"));
        assertEquals("the best school", RichText.plainText("the [best school](https://x.example)"));
        assertEquals("Title\n\nitem one\nitem two\nstep\nbest", RichText.plainText(
                "## Title\n\n- item *one*\n- item two\n1. step\n[best](javascript:alert(1))"));
        assertEquals("", RichText.plainText(null));
    }

    @Test
    void refusedLinksNameTheirLine() {
        List<RichText.RefusedLink> refused = RichText.refusedLinks(
                "[bo](https://a.example)\n\n- [dolent](javascript:alert(1))\n[mal]( data:text/html,x )");
        assertEquals(2, refused.size());
        assertEquals(2, refused.get(0).line());
        assertEquals("javascript:alert(1)", refused.get(0).target());
        assertTrue(refused.get(0).problem().startsWith(LinkTarget.RULE));
        assertEquals(3, refused.get(1).line());
        assertEquals("data:text/html,x", refused.get(1).target());
    }

    @Test
    void anAddressWithASpaceIsExplainedAsSuch() {
        String problem = RichText.refusedLinks("[x](https://a.example/una pàgina)").get(0).problem();
        assertTrue(problem.contains("without spaces"), problem);
    }

    @Test
    void withoutRefusedLinksKeepsTheLabelAndAllElse() {
        assertEquals("Hola **x** i [web](https://a.example)\n\n- y",
                RichText.withoutRefusedLinks("Hola [**x**](javascript:alert(1)) i [web](https://a.example)\n\n- [y]( vbscript:x )"));
    }

    @Test
    void aSpanRefusesABadLinkEvenWhenBuiltByHand() {
        assertNull(plain("x").href());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Span("x", false, false, "javascript:alert(1)"));
    }

    private static Span number(String text) {
        return new Span(text, false, false, null, true);
    }

    @Test
    void aPhoneNumberIsASpanOfItsOwnSoRightToLeftTextKeepsItsGroupsInOrder() {
        assertEquals(List.of(plain("بالهاتف ("), number("+34 930 41 00 10"), plain(").")),
                spans("بالهاتف (+34 930 41 00 10)."));
        assertEquals(List.of(plain("فون "), number("٠٣٠٠ ١٢٣ ٤٥٦٧")), spans("فون ٠٣٠٠ ١٢٣ ٤٥٦٧"));
        assertEquals(List.of(plain("Truqueu al "), new Span("93 041 00 10", true, false, null, true), strong(" avui")),
                spans("Truqueu al **93 041 00 10 avui**"));
    }

    @Test
    void shortNumbersYearsAndNumbersInsideWordsStayText() {
        assertEquals(List.of(plain("Obrim a les 9 i som 25 alumnes per classe, curs 2027-28.")),
                spans("Obrim a les 9 i som 25 alumnes per classe, curs 2027-28."));
        assertEquals(List.of(plain("aula B1234567 i 12 34")), spans("aula B1234567 i 12 34"));
    }

    @Test
    void aParagraphJoinedFromLinesKeepsItsPhoneNumberApart() {
        List<Span> spans = RichText.parse("Truqueu\n930 41 00 10").get(0).lines().get(0);
        assertEquals(List.of(plain("Truqueu "), number("930 41 00 10")), spans);
    }
}
