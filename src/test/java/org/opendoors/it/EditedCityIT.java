package org.opendoors.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendoors.testing.Folders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A city whose content was edited by hand: its French translations are incomplete, so families reading French see
 * the Catalan source, marked with its own lang (so screen readers switch voice) and a note in French — never a key,
 * never a blank; and one text carries markup someone pasted, which families must see as text, never run.
 */
class EditedCityIT {

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
        Path city = content.resolve("city.yaml");
        Files.writeString(city, Files.readString(city).replace("      fr: Journées portes ouvertes dans les écoles\n", ""));
        Path data = PortalProcess.target().resolve("it-fallback-data");
        PortalProcess.deleteRecursively(data);
        portal = PortalProcess.start(Integer.getInteger("opendoors.port", 18080) + 3, data, content, Map.of());
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
