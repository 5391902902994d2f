package org.opendoors.platform.web;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.domain.SupportedLanguage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class FamilyRouterTest {

    @Test
    void routesTheThreeFamilyPages() {
        assertEquals(new FamilyRoute(SupportedLanguage.AR, FamilyView.HOME, "/", null), render("/ar/"));
        assertEquals(new FamilyRoute(SupportedLanguage.ZH, FamilyView.SCHOOL_LIST, "/schools", null), render("/zh/schools"));
        FamilyRoute profile = render("/ru/schools/escola-les-fonts");
        assertEquals(FamilyView.SCHOOL_PROFILE, profile.page());
        assertEquals("escola-les-fonts", profile.schoolSlug().orElseThrow());
        assertEquals("/ur/schools/escola-les-fonts", profile.pathIn(SupportedLanguage.UR));
    }

    @Test
    void addsTheMissingSlashesOrRemovesTheExtraOnes() {
        assertEquals("/ca/", ((FamilyRouter.Redirect) FamilyRouter.route("/ca")).location());
        assertEquals("/ca/schools", ((FamilyRouter.Redirect) FamilyRouter.route("/ca/schools/")).location());
    }

    @Test
    void anUnknownPageInALanguageIsThatLanguagesNotFoundPage() {
        assertEquals(FamilyView.NOT_FOUND, render("/fr/ecoles").page());
        assertEquals(FamilyView.NOT_FOUND, render("/fr/schools/Not_A_Slug").page());
        assertEquals(FamilyView.NOT_FOUND, render("/fr/schools/a/b").page());
    }

    @Test
    void leavesEverythingElseAlone() {
        assertInstanceOf(FamilyRouter.NotFamily.class, FamilyRouter.route("/de/"));
        assertInstanceOf(FamilyRouter.NotFamily.class, FamilyRouter.route("/jakarta.faces.resource/css/family.css.xhtml"));
        assertInstanceOf(FamilyRouter.NotFamily.class, FamilyRouter.route("/admin"));
    }

    @Test
    void readsOpenDayFilesAndSlugsExactly() {
        FamilyRouter.OpenDayFile file = (FamilyRouter.OpenDayFile) FamilyRouter.route("/en/schools/escola-la-sinia/open-day-12.ics");
        assertEquals("escola-la-sinia", file.slug());
        assertEquals(12, file.number());
        for (String notAFile : new String[] {"open-day-0.ics", "open-day-01.ics", "open-day-100.ics", "open-day-.ics",
                "open-day-1.ics.txt", "open-day-x.ics", "Open-day-1.ics"}) {
            assertEquals(FamilyView.NOT_FOUND, render("/en/schools/escola-la-sinia/" + notAFile).page(), notAFile);
        }
        for (String notASlug : new String[] {"a--b", "-a", "a-", "escola la sinia", "escola-ñ", "ESCOLA"}) {
            assertEquals(FamilyView.NOT_FOUND, render("/en/schools/" + notASlug).page(), notASlug);
        }
        assertEquals("x1-2y", render("/en/schools/x1-2y").schoolSlug().orElseThrow());
    }

    @Test
    void aLanguageTagIsTwoLettersFollowedBySlashOrNothing() {
        assertInstanceOf(FamilyRouter.NotFamily.class, FamilyRouter.route("/enx/"));
        assertInstanceOf(FamilyRouter.NotFamily.class, FamilyRouter.route("/EN/"));
        assertInstanceOf(FamilyRouter.NotFamily.class, FamilyRouter.route("/e"));
        assertInstanceOf(FamilyRouter.NotFamily.class, FamilyRouter.route(""));
        assertInstanceOf(FamilyRouter.NotFamily.class, FamilyRouter.route("/en/schools\n"));
    }

    private static FamilyRoute render(String path) {
        return ((FamilyRouter.Render) FamilyRouter.route(path)).route();
    }
}
