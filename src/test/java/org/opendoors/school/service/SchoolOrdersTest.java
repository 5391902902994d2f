package org.opendoors.school.service;

import org.junit.jupiter.api.Test;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.domain.SchoolTypeWords;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.school.domain.ContactDetails;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.School;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SchoolOrdersTest {

    private static final District DISTRICT = new District("les-hortes", "Les Hortes", 0, List.of(), "{}");

    @Test
    void schoolsFollowTheReadersCollationNotCodePoints() {
        SchoolOrders orders = new SchoolOrders(List.of(school("zeta", "Zeta"), school("ecole", "École Àlba"),
                school("escola", "Escola Aurora"), school("ela", "Ela")), SchoolTypeWords.NONE);
        // Code-point order would put "École" after "Zeta"; collation puts it among the E's.
        assertEquals(List.of("École Àlba", "Ela", "Escola Aurora", "Zeta"), names(orders.alphabetical(SupportedLanguage.EN)));
        assertEquals(List.of("École Àlba", "Ela", "Escola Aurora", "Zeta"), names(orders.alphabetical(SupportedLanguage.CA)));
    }

    @Test
    void eachLanguageIsSortedOnceAndKept() {
        SchoolOrders orders = new SchoolOrders(List.of(school("b", "B"), school("a", "A")), SchoolTypeWords.NONE);
        assertSame(orders.alphabetical(SupportedLanguage.CA), orders.alphabetical(SupportedLanguage.CA));
        assertSame(orders.communityLanguages(SupportedLanguage.AR), orders.communityLanguages(SupportedLanguage.AR));
    }

    @Test
    void theLanguagesSpokenAreListedOnceByTheirNamesInTheReadersLanguage() {
        SchoolOrders orders = new SchoolOrders(List.of(
                school("a", "A").speaking(List.of("ca"), List.of("ur", "de", "ar")),
                school("b", "B").speaking(List.of("ca"), List.of("de", "zh"))), SchoolTypeWords.NONE);
        // English: Arabic, Chinese, German, Urdu. Spanish: alemán, árabe, chino, urdu.
        assertEquals(List.of("ar", "zh", "de", "ur"), orders.communityLanguages(SupportedLanguage.EN));
        assertEquals(List.of("de", "ar", "zh", "ur"), orders.communityLanguages(SupportedLanguage.ES));
    }

    @Test
    void theWordNamingASchoolsKindDoesNotOrderTheList() {
        SchoolOrders orders = new SchoolOrders(List.of(school("a", "Escola Joan Fàbra"), school("b", "Col·legi Stella Maris"),
                school("c", "Institut Escola Àgora"), school("d", "col·legi l'Horta"), school("e", "Institut Bellvitge"),
                school("f", "Escola"), school("g", "Escolania Montserrat")),
                new SchoolTypeWords(List.of("Escola", "Col·legi", "Institut", "Institut Escola")));
        // Àgora, Bellvitge, Escola (a name that is only the word), Escolania (not the word), Joan, l'Horta, Stella.
        assertEquals(List.of("Institut Escola Àgora", "Institut Bellvitge", "Escola", "Escolania Montserrat",
                "Escola Joan Fàbra", "col·legi l'Horta", "Col·legi Stella Maris"), names(orders.alphabetical(SupportedLanguage.CA)));
    }

    private static School school(String slug, String name) {
        return new School(slug, name, DISTRICT, "La Sínia", "Carrer del Sol, 61", "08995", new GeoPoint(41.4, 1.6),
                Ownership.PUBLIC, new ContactDetails("+34 930 45 21 37", "a@b.example", null));
    }

    private static List<String> names(List<School> schools) {
        return schools.stream().map(School::getName).toList();
    }
}
