package org.opendoors.platform.web;

import org.junit.jupiter.api.Test;
import org.opendoors.school.web.SchoolListRequest;
import org.opendoors.targeting.web.FamilyAnswersParameters;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FamilyQueryTest {

    private static String canonical(FamilyView page, String raw) {
        return FamilyQuery.read(raw, page.parameters()).canonical();
    }

    @Test
    void easyReadIsKeptInThePageOrderAndSwitchedOffWithoutLosingAnswers() {
        FamilyQuery answered = FamilyQuery.read("costs=yes&newcomer=yes", FamilyView.GUIDE.parameters());

        assertEquals("newcomer=yes&costs=yes&read=easy", answered.with("read", "easy", FamilyView.GUIDE.parameters()).canonical());
        assertEquals("newcomer=yes&costs=yes", FamilyQuery.read("read=easy&costs=yes&newcomer=yes",
                FamilyView.GUIDE.parameters()).without("read").canonical());
        assertEquals("easy", FamilyQuery.read("read=easy", FamilyView.SCHOOL_PROFILE.parameters()).value("read").orElseThrow());
        assertEquals("", canonical(FamilyView.SCHOOL_LIST, "read=easy"), "the school list has no easy-read version");
    }

    @Test
    void junkParametersAndMeaninglessValuesAreDropped() {
        assertEquals("", canonical(FamilyView.HOME, "utm_source=x&cachebuster=123"));
        assertEquals("stage=primary", canonical(FamilyView.SCHOOL_LIST, "stage=primary&x=1&stage=%3Cscript%3E&junk"));
        assertEquals("", canonical(FamilyView.SCHOOL_LIST, "near=999,999&place=../../etc&stage="));
        assertEquals("newcomer=yes", canonical(FamilyView.GUIDE, "newcomer=yes&newcomer=no&first=maybe"));
        assertEquals("", canonical(FamilyView.SCHOOL_PROFILE, "q=anything"));
    }

    @Test
    void theSameSearchIsSpelledOneWay() {
        String expected = "q=escola&stage=infant&stage=primary&district=el-turo";
        assertEquals(expected, canonical(FamilyView.SCHOOL_LIST, "district=el-turo&stage=primary&q=escola&stage=infant"));
        assertEquals(expected, canonical(FamilyView.SCHOOL_LIST, "stage=infant&stage=primary&stage=infant&q=+escola++&district=el-turo"));
        assertEquals("near=41.3851%2C2.1734", canonical(FamilyView.SCHOOL_LIST, "near=41.385064,2.173403"));
        assertEquals("near=41.3851%2C2.1734", canonical(FamilyView.SCHOOL_LIST, "near=41.38506,2.17340"));
    }

    @Test
    void searchWordsAreNormalisedAndBounded() {
        // Decomposed "é" becomes the composed one; controls and runs of spaces become one space.
        assertEquals("q=" + java.net.URLEncoder.encode("música café", java.nio.charset.StandardCharsets.UTF_8),
                canonical(FamilyView.SCHOOL_LIST, "q=m%C3%BAsica%0A%09caf%65%CC%81"));
        String long1 = "a".repeat(1000);
        assertEquals("q=" + "a".repeat(FamilyQuery.LONGEST_TEXT), canonical(FamilyView.SCHOOL_LIST, "q=" + long1));
        assertEquals("q=" + java.net.URLEncoder.encode("音樂", java.nio.charset.StandardCharsets.UTF_8),
                canonical(FamilyView.SCHOOL_LIST, "q=%E9%9F%B3%E6%A8%82"));
    }

    @Test
    void brokenEscapesAreIgnoredNotFatal() {
        assertEquals("stage=primary", canonical(FamilyView.SCHOOL_LIST, "q=%E0%A4&q2=%zz&stage=primary"));
        assertEquals("", canonical(FamilyView.SCHOOL_LIST, "%zz=1&q=%"));
    }

    @Test
    void chosenSchoolsKeepTheFamilysOrderOnce() {
        assertEquals("school=b&school=a", canonical(FamilyView.COMPARE, "school=b&school=a&school=b&school=Not_A_Slug"));
    }

    @Test
    void anOverlongQueryIsRefusedBeforeItIsRead() {
        assertThrows(IllegalArgumentException.class,
                () -> FamilyQuery.read("q=" + "x".repeat(FamilyQuery.LONGEST_QUERY), FamilyView.SCHOOL_LIST.parameters()));
    }

    @Test
    void thePagesReadExactlyTheParametersTheRouterKeeps() {
        Set<String> list = FamilyView.SCHOOL_LIST.parameters().keySet();
        for (String name : List.of(SchoolListRequest.TEXT, SchoolListRequest.STAGE, SchoolListRequest.DISTRICT,
                SchoolListRequest.OWNERSHIP, SchoolListRequest.SERVICE, SchoolListRequest.LANGUAGE,
                SchoolListRequest.APPROACH, SchoolListRequest.ADDRESS, SchoolListRequest.PLACE, SchoolListRequest.NEAR)) {
            assertTrue(list.contains(name), name);
        }
        for (FamilyView page : List.of(FamilyView.GUIDE, FamilyView.SCHOOL_PROFILE)) {
            assertEquals(Set.of(FamilyAnswersParameters.NEWCOMER, FamilyAnswersParameters.FIRST_APPLICATION,
                    FamilyAnswersParameters.CHILD_STAGE, FamilyAnswersParameters.COSTS, EasyReading.PARAMETER),
                    page.parameters().keySet());
        }
        assertEquals(10, list.size());
    }
}
