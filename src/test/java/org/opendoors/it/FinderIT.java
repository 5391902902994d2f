package org.opendoors.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding schools without JavaScript: words, filters and a place in the URL. */
class FinderIT {

    private static final Pattern NAME = Pattern.compile("class=\"school-card__name\"><a href=\"[^\"]+\">([^<]+)</a>");
    private static final Pattern DISTANCE = Pattern.compile("class=\"school-card__distance\">([0-9.,]+)\\s*(k?m)");
    private static PortalProcess portal;

    @BeforeAll
    static void startPortal() {
        portal = PortalProcess.shared();
    }

    @Test
    void searchIgnoresCaseAccentsAndWidth() throws Exception {
        assertEquals(List.of("Escola Joan Fàbra"), names("/ca/schools?q=fabra"));
        assertEquals(List.of("Escola Joan Fàbra"), names("/ca/schools?q=" + encode("ＦÀＢＲＡ")));
        assertTrue(names("/en/schools?q=" + encode("les fonts")).contains("Escola Les Fonts"));
    }

    @Test
    void chineseAndRussianQueriesMatchTheirOwnTexts() throws Exception {
        List<String> choirs = names("/zh/schools?q=" + encode("合唱"));
        assertFalse(choirs.isEmpty());
        assertTrue(choirs.size() < 42);
        List<String> chess = names("/ru/schools?q=" + encode("шахмат"));
        assertFalse(chess.isEmpty());
        assertTrue(chess.size() < 42);
    }

    @Test
    void filtersCombineAndLiveInTheUrl() throws Exception {
        List<String> all = names("/en/schools");
        List<String> secondaryPublic = names("/en/schools?stage=secondary&ownership=public");
        List<String> withMealsAndWelcome = names("/en/schools?stage=secondary&ownership=public&service=meals&service=welcome_class");
        assertEquals(42, all.size());
        assertTrue(secondaryPublic.size() < all.size() && !secondaryPublic.isEmpty());
        assertTrue(secondaryPublic.containsAll(withMealsAndWelcome));
        assertTrue(names("/en/schools?district=la-marina").stream().allMatch(all::contains));
        String page = Http.get(portal, "/en/schools?stage=secondary&service=meals").body();
        assertTrue(page.contains("name=\"stage\" value=\"secondary\" checked=\"checked\""), "the form shows the chosen filter");
    }

    @Test
    void withAPlaceTheListIsNearestFirstWithWalkingTimesAndProximitySchools() throws Exception {
        String page = Http.get(portal, "/en/schools?place=les-fonts").body();
        List<Double> metres = new ArrayList<>();
        Matcher distance = DISTANCE.matcher(page);
        while (distance.find()) {
            double value = Double.parseDouble(distance.group(1).replace(",", ""));
            metres.add(distance.group(2).equals("km") ? value * 1000 : value);
        }
        assertEquals(42, metres.size());
        for (int i = 1; i < metres.size(); i++) {
            assertTrue(metres.get(i - 1) <= metres.get(i) + 50, "not nearest first: " + metres);
        }
        assertTrue(page.contains("min on foot"));
        assertTrue(page.contains("Proximity school"));
        assertTrue(page.contains("Nearest first from Les Fonts."));
    }

    @Test
    void withoutAPlaceTheOrderIsAlphabeticalAndExplained() throws Exception {
        String page = Http.get(portal, "/en/schools").body();
        assertTrue(page.contains("In alphabetical order of each school&#39;s own name.")
                || page.contains("In alphabetical order of each school's own name."), page);
        assertTrue(page.contains("href=\"/en/why\""));
        HttpResponse<String> why = Http.get(portal, "/en/why");
        assertEquals(200, why.statusCode());
        assertTrue(why.body().contains("Why there are no test scores or rankings"));
    }

    /** The word naming a school's kind ("Col·legi", "Escola", "Institut") does not group the list. */
    @Test
    void theDefaultOrderIsByEachSchoolsOwnNameInEveryLanguage() throws Exception {
        for (String language : List.of("ca", "en", "ar", "zh")) {
            List<String> names = names("/" + language + "/schools");
            assertEquals(42, names.size());
            assertTrue(names.subList(0, 6).stream().filter(name -> name.startsWith("Col·legi")).count() <= 1,
                    language + ": " + names.subList(0, 6));
            int firstCollegi = names.indexOf("Col·legi L'Horta Nova");
            int santRoc = names.indexOf("Escola Sant Roc");
            int stellaMaris = names.indexOf("Col·legi Stella Maris");
            assertTrue(santRoc < stellaMaris && firstCollegi > names.indexOf("Escola Joan Fàbra"),
                    language + ": " + names);
        }
    }

    @Test
    void aTypedAddressListsTheNearestSchoolsFirstFromTheCitysOwnStreets() throws Exception {
        String path = "/en/schools?address=" + encode("Carrer del Sol 61, 08995");
        String page = Http.get(portal, path).body();
        assertTrue(page.contains("Nearest first from Carrer del Sol 61, 08995."), page);
        assertEquals("Escola La Sínia", names(path).get(0));
        assertTrue(DISTANCE.matcher(page).find());
        // Digits of any script, words in any case and order, a postcode: the same door.
        assertEquals("Escola La Sínia", names("/ar/schools?address=" + encode("٦١ SOL 08995")).get(0));
        assertTrue(Http.get(portal, "/ar/schools?address=" + encode("٦١ SOL 08995")).body()
                .contains("Carrer del Sol 61, 08995"));
    }

    @Test
    void anAddressThatCouldMeanTwoStreetsAsksWhichAndOneNotInTheCitySaysSo() throws Exception {
        String page = Http.get(portal, "/en/schools?stage=primary&address=" + encode("sol 61")).body();
        assertTrue(page.contains("could be one of these streets"), page);
        Matcher choice = Pattern.compile("<li><a href=\"(/en/schools\\?[^\"]+)\">Carrer del Sol, 08995</a>").matcher(page);
        assertTrue(choice.find(), page);
        String chosen = choice.group(1).replace("&amp;", "&");
        assertTrue(chosen.contains("stage=primary"), chosen);
        assertTrue(Http.get(portal, chosen).body().contains("Nearest first from Carrer del Sol 61, 08995."));

        String unknown = Http.get(portal, "/es/schools?address=" + encode("Carrer de la Lluna 4")).body();
        assertTrue(unknown.contains("No hemos encontrado «Carrer de la Lluna 4» entre las calles de Vallmar."), unknown);
        assertFalse(DISTANCE.matcher(unknown).find());
        assertEquals(42, names("/es/schools?address=" + encode("Carrer de la Lluna 4")).size());
    }

    /** A point far outside the city is refused with a reason, never "396.7 km · about 6,611 min on foot". */
    @Test
    void aPointOutsideTheCityGivesNoDistancesButAReason() throws Exception {
        for (String point : List.of("48.85,2.35", "41.5,1.64", "-33.9,151.2")) {
            String page = Http.get(portal, "/en/schools?near=" + point).body();
            assertTrue(page.contains("That place is outside Vallmar"), point + ": " + page);
            assertFalse(DISTANCE.matcher(page).find(), point);
            assertFalse(page.contains("Nearest first"), point);
        }
        assertTrue(DISTANCE.matcher(Http.get(portal, "/en/schools?near=41.42,1.64").body()).find());
    }

    private static List<String> names(String path) throws Exception {
        HttpResponse<String> response = Http.get(portal, path);
        assertEquals(200, response.statusCode(), path);
        List<String> names = new ArrayList<>();
        Matcher matcher = NAME.matcher(response.body());
        while (matcher.find()) {
            names.add(matcher.group(1).replace("&#39;", "'"));
        }
        return names;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
