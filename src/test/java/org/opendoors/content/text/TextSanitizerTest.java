package org.opendoors.content.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSanitizerTest {

    private static final String[] NEVER_STORED = {"<script", "onerror", "onload", "javascript:", "<iframe", "<style",
            "<svg", "<img", "vbscript:"};

    /** Each attack, wrapped in harmless words that must survive, and the text it must leave behind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "<script>alert(1)</script>                                  | Abans  després",
            "<img src=x onerror=alert(1)>                               | Abans  després",
            "<a href=\"javascript:alert(1)\">x</a>                      | Abans x després",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>                      | Abans x després",
            "<a href=\"&#106;avascript:alert(1)\">x</a>                 | Abans x després",
            "<a href=\"&#x6A;avascript&colon;alert(1)\">x</a>           | Abans x després",
            "<a href=\" javascript:alert(1)\">x</a>                     | Abans x després",
            "<a href=\"java&#9;script:alert(1)\">x</a>                  | Abans x després",
            "<svg onload=alert(1)>                                      | Abans  després",
            "<svg><script>alert(1)</script></svg>                       | Abans  després",
            "<iframe src=\"https://evil.example\">x</iframe>            | Abans  després",
            "<style>body{background:url(javascript:alert(1))}</style>   | Abans  després",
            "<b onmouseover=alert(1)>x</b>                              | Abans **x** després",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a> | Abans x després",
            "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>       | Abans x després",
            "<a href=\"vbscript:msgbox(1)\">x</a>                       | Abans x després",
            "<a href=\"/admin/delete\">x</a>                            | Abans x després",
            "<object data=\"x.swf\"></object><embed src=x>              | Abans  després",
            "<form action=\"https://evil.example\"><input value=x></form> | Abans  després",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math> | Abans x després",
            "&lt;script&gt;alert(1)&lt;/script&gt;<b>x</b>              | Abans **x** després",
            // One level of entities is decoded, as a browser would; the words left are text, never a tag.
            "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;<b>x</b> | Abans &lt;script&gt;alert(1)&lt;/script&gt;**x** després",
            "<!-- <script>alert(1)</script> -->                         | Abans  després",
            "[x](javascript:alert(1))                                   | Abans x després",
            "[x]( javascript:alert(1))                                  | Abans x després",
            "[x](JAVASCRIPT:alert(1))                                   | Abans x després",
            "[x](javascript:alert((1)))                                 | Abans x després",
            "[x](data:text/html,<script>alert(1)</script>)              | Abans x després",
            "[x](data:text/html;base64,PHNjcmlwdD4=)                    | Abans x després",
            "[[x](javascript:a)](javascript:b)                          | Abans x després",
            "javascript:alert(1)                                        | Abans javascript%3Aalert(1) després",
            "[x](javascript:alert(1)                                    | Abans [x](javascript%3Aalert(1) després",
    })
    void anAttackLeavesNothingThatRuns(String attack, String expected) {
        String stored = TextSanitizer.toStoredText("Abans " + attack + " després");
        String lower = stored.toLowerCase(Locale.ROOT);
        for (String never : NEVER_STORED) {
            assertFalse(lower.contains(never), attack + " left " + never + " in: " + stored);
        }
        assertEquals(expected.strip(), stored, attack);
        assertTrue(RichText.parse(stored).stream().flatMap(block -> block.getItems().stream()).flatMap(java.util.List::stream)
                .noneMatch(Span::isLink), attack + " became a link");
        assertEquals(stored, TextSanitizer.toStoredText(stored), "storing a stored text changes nothing");
    }

    @Test
    void markupIsKeptAsWritten() {
        String text = """
                ## El nostre projecte

                Aprenem *fent* i **preguntant**. Vegeu [el web](https://lasinia.example/projecte) o escriviu a
                [secretaria](mailto:secretaria@lasinia.example).

                - L'hort
                - La ràdio
                1. Primer
                2. Segon

                5 < 6 i 7 > 3, & així.""".strip();
        assertEquals(text, TextSanitizer.toStoredText(text));
        assertEquals(text, TextSanitizer.toStoredText(text.replace("\n", "\r\n")));
    }

    @Test
    void htmlFromAWordProcessorBecomesMarkup() {
        String html = """
                <html><head><style>p { color: red }</style><script>track()</script></head><body>
                <h2 style="color:red" onclick="x()">El nostre  projecte</h2>
                <p class="MsoNormal">Aprenem <em>fent</em> i <b> preguntant </b>.<br>Cada curs
                   en tria un.</p>
                <ul><li>L'<i>hort</i></li><li><span style="font-weight:bold">La ràdio</span></li></ul>
                <ol><li>Primer</li><li>Segon</li></ol>
                <p>Vegeu <a href="https://lasinia.example/projecte (2027)" target="_blank" onclick="steal()">el [nostre] web</a>,
                   <a href="mailto:secretaria@lasinia.example">secretaria</a> i <a href="https://lasinia.example"></a>.</p>
                <div>Una <strong><em>gran</em></strong> idea &amp; <em>una <em>altra</em></em>.</div>
                </body></html>""";
        assertEquals("""
                ## El nostre projecte

                Aprenem *fent* i **preguntant** .
                Cada curs en tria un.

                - L'*hort*
                - La ràdio

                1. Primer
                2. Segon

                Vegeu [el (nostre) web](https://lasinia.example/projecte%20%282027%29), [secretaria](mailto:secretaria@lasinia.example) i [https://lasinia.example](https://lasinia.example).

                Una ***gran*** idea & *una altra*.""", TextSanitizer.toStoredText(html));
    }

    @Test
    void inlineHtmlInMarkupKeepsTheLinesOfTheMarkup() {
        assertEquals("## Títol\n\nUn **test** ja no: **test**\n\n- u\n- dos",
                TextSanitizer.toStoredText("## Títol\n\nUn <b>test</b> ja no: **test**<script>alert(1)</script>\n\n- u\n- dos"));
    }

    @Test
    void rightToLeftAndChineseTextSurvive() {
        assertEquals("## مدرستنا\n\nمدرسة **مفتوحة** [موقعنا](https://a.example/ar)",
                TextSanitizer.toStoredText("<h1>مدرستنا</h1><p>مدرسة <strong>مفتوحة</strong> <a href=\"https://a.example/ar\">موقعنا</a><script>x</script></p>"));
        assertEquals("我们的学校**欢迎**所有家庭。", TextSanitizer.toStoredText("我们的学校<b>欢迎</b>所有家庭。<img src=x onerror=alert(1)>"));
    }

    @Test
    void nothingIsNothing() {
        assertEquals("", TextSanitizer.toStoredText(null));
        assertEquals("", TextSanitizer.toStoredText("  <script>alert(1)</script>  "));
        assertEquals("a\tb", TextSanitizer.toStoredText("a\u0000\tb\u0007"));
    }
}
