package org.opendoors.school.domain;

import org.junit.jupiter.api.Test;
import org.opendoors.editorial.domain.DocumentForm;
import org.opendoors.editorial.domain.TextFields;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolFactsFormTest {

    @Test
    void everySampleSchoolsFactsSurviveTheFormUnchanged() throws Exception {
        try (Stream<Path> schools = Files.list(Path.of("content/schools"))) {
            for (Path school : schools.toList()) {
                String yaml = Files.readString(school.resolve("school.yaml"));
                assertEquals(TextFields.all(yaml), TextFields.all(SchoolFactsForm.read(yaml).toYaml()), school.toString());
            }
        }
    }

    @Test
    void openDaysAreEditedOneALine() throws Exception {
        SchoolFactsForm form = SchoolFactsForm.read(Files.readString(Path.of("content/schools/escola-la-sinia/school.yaml")));
        assertEquals("2027-01-30 10:00-12:30\n2027-02-17 17:00-18:30", form.getOpenDays());
        form.setOpenDays("2027-03-04 09:30-11:00\r\n");
        assertTrue(form.toYaml().contains("open_days:\n  - {date: 2027-03-04, start: \"09:30\", end: \"11:00\"}\n"));
    }

    @Test
    void anotherPersonsChangesAreTakenWhereThisFormDidNotChangeAndCollisionsAreNamed() throws Exception {
        String yaml = Files.readString(Path.of("content/schools/escola-la-sinia/school.yaml"));
        SchoolFactsForm theirs = SchoolFactsForm.read(yaml);
        theirs.setPhone("+34 930 00 00 01");
        theirs.setAddress("Carrer Nou, 1");
        SchoolFactsForm mine = SchoolFactsForm.read(yaml);
        mine.setAddress("Carrer Vell, 2");
        mine.setFacilities(List.of("library"));
        DocumentForm.Merge merge = mine.takeTheirChanges(yaml, theirs.toYaml());
        assertEquals(List.of("address"), merge.bothChanged());
        assertEquals(1, merge.taken(), "the phone");
        assertEquals("+34 930 00 00 01", mine.getPhone());
        assertEquals("Carrer Vell, 2", mine.getAddress());
        assertEquals(List.of("library"), mine.getFacilities());
    }
}
