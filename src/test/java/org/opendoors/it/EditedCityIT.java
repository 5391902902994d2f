package org.opendoors.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendoors.testing.Folders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A city whose content was edited by hand: its French translations are incomplete, so families reading French see
 * the Catalan source, marked with its own lang (so screen readers switch voice) and a note in French — never a key,
 * never a blank; one text carries markup someone pasted, which families must see as text, never run; and one school's
 * text uses our markup: a heading, emphasis and a link. A text written into the city's tables behind the content
 * reader's back — links to javascript: addresses, as a hand-edited database could hold — never reaches families:
 * their pages are rendered from the published content files, read by the content reader (which refuses such links;
 * how a refused link would render, as its label only, is RichTextTest's).
 */
class EditedCityIT {

    private static final String MARKUP = """
              ## El parc, la nostra aula

              Aprenem *fent* i **preguntant**: vegeu el [projecte al web](https://lesarenes.escoles.vallmar.example/projecte).

            """;
    private static final String PAYLOAD = "Visiteu-nos <script>alert('x')</script> <img src=x onerror=alert(1)> "
            + "<a href=\"javascript:alert(2)\">aquí</a>";

    private static final String FRENCH_NOTE = "Cette partie n'est pas encore traduite";
    private static PortalProcess portal;

    @BeforeAll
    static void startWithMissingFrench() throws Exception {
        Path content = PortalProcess.target().resolve("it-fallback-content");
        PortalProcess.deleteRecursively(content);
        Folders.copy(Path.of("content"), content);
        Files.delete(content.resolve("schools/escola-la-sinia/fr.yaml"));
        Files.delete(content.resolve("guide/fr.yaml"));
        Files.delete(content.resolve("blocks/welcome-newcomers/fr.yaml"));
        Path moll = content.resolve("schools/escola-el-moll/ca.yaml");
        Files.writeString(moll, Files.readString(moll).replaceFirst("(?m)^summary: >-\\n.*$",
                "summary: >-\n  " + PAYLOAD));
        Path arenes = content.resolve("schools/escola-les-arenes/ca.yaml");
        Files.writeString(arenes, Files.readString(arenes).replace("pedagogical_project: |\n", "pedagogical_project: |\n" + MARKUP));
        Path city = content.resolve("city.yaml");
        Files.writeString(city, Files.readString(city).replace("      fr: Journées portes ouvertes dans les écoles\n", ""));
        Path data = PortalProcess.target().resolve("it-fallback-data");
        PortalProcess.deleteRecursively(data);
        int port = PortalProcess.basePort() + 3;
        PortalProcess.start(port, data, content, Map.of()).close();
        // Families are served only from the stored content files, each read and checked: there is no copy of the
        // city in tables of its own that a forged row could slip a javascript: link into.
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("opendoors"), "opendoors", "");
             PreparedStatement tables = db.prepareStatement("select count(*) from information_schema.tables "
                     + "where lower(table_name) in ('school', 'school_text', 'guide_page', 'content_block', 'city')");
             var count = tables.executeQuery()) {
            count.next();
            assertEquals(0, count.getInt(1), "the city is kept as its content files only");
        }
        portal = PortalProcess.start(port, data, content, Map.of());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aStoredScriptOrEventHandlerIsRenderedInertOnFamilyPages() throws Exception {
        for (String path : new String[]{"/ca/schools/escola-el-moll", "/ca/schools?q=visiteu", "/ca/compare?school=escola-el-moll&school=escola-la-sinia"}) {
            String page = Http.get(portal, path).body();
            assertTrue(page.contains("Visiteu-nos &lt;script&gt;alert("), path + " does not show the text as text");
            assertFalse(page.contains("<script>alert"), path);
            assertFalse(page.contains("<img src=x"), path);
            assertFalse(page.contains("<a href=\"javascript:"), path);
        }
    }

    @Test
    void markupInATextIsRenderedAsHeadingsEmphasisAndSafeLinks() throws Exception {
        String page = Http.get(portal, "/ca/schools/escola-les-arenes").body();
        assertTrue(page.contains("<h3>El parc, la nostra aula</h3>"), "a heading one level below the section's h2");
        assertTrue(page.contains("<p>Aprenem <em>fent</em> i <strong>preguntant</strong>: vegeu el "
                + "<a href=\"https://lesarenes.escoles.vallmar.example/projecte\" rel=\"noopener noreferrer\">projecte al web</a>.</p>"), page);
        assertFalse(page.toLowerCase(Locale.ROOT).contains("javascript"), "no javascript: anywhere in the page");

        String byLabel = Http.get(portal, "/ca/schools?q=projecte%20al%20web").body();
        assertTrue(byLabel.contains("Escola Les Arenes"), "search finds the words of a link's label");

        String guide = Http.get(portal, "/ca/guide").body();
        assertTrue(guide.contains("<strong>una sola sol·licitud</strong>"), "the sample guide's emphasis");
        assertTrue(guide.contains("<a href=\"mailto:families@vallmar.example\">families@vallmar.example</a>"),
                "a mail link, without rel: it opens no page");
    }

    @Test
    void aProfileWithoutFrenchTextsShowsTheCatalanOnesMarkedAndExplained() throws Exception {
        String page = Http.get(portal, "/fr/schools/escola-la-sinia").body();
        assertTrue(page.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\""));
        assertTrue(page.contains("<p class=\"lead\" lang=\"ca\">"), "the summary in Catalan, marked as such");
        assertTrue(page.contains("class=\"profile-section__text\" lang=\"ca\""));
        assertTrue(page.contains("<p class=\"notice\">"), "a note in French that the texts are not translated");
    }

    @Test
    void theGuideTheBlocksTheListAndTheCalendarFallBackTheSameWay() throws Exception {
        String guide = Http.get(portal, "/fr/guide?newcomer=yes").body();
        assertTrue(guide.contains("<article class=\"guide\" lang=\"ca\">"));
        assertTrue(guide.contains("id=\"block-welcome-newcomers\" lang=\"ca\""));
        assertTrue(guide.contains(FRENCH_NOTE) || guide.contains("Cette partie n&#39;est pas encore traduite"));

        String list = Http.get(portal, "/fr/schools?q=sinia").body();
        assertTrue(list.contains("class=\"school-card__summary\" lang=\"ca\""));
        assertTrue(list.contains(FRENCH_NOTE) || list.contains("Cette partie n&#39;est pas encore traduite"));

        String home = Http.get(portal, "/fr/").body();
        assertTrue(home.contains("<span class=\"calendar-step__title\" lang=\"ca\">Jornades de portes obertes a les escoles</span>"));
        assertEquals(200, Http.get(portal, "/fr/schools/escola-el-moll").statusCode());
        assertTrue(Http.get(portal, "/fr/schools/escola-el-moll").body().contains("<p class=\"lead\" lang=\"fr\">"));
    }
}
