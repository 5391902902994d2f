package org.opendoors.editorial.domain;

import org.junit.jupiter.api.Test;
import org.opendoors.city.content.CityFileKinds;
import org.opendoors.school.content.SchoolFileKinds;
import org.opendoors.targeting.content.BlockFileKinds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFieldsTest {

    private static final String GUIDE = """
            title: "Com funciona l'accés"
            steps:
              - calendar: open-days
                text: |
                  Visiteu les escoles.

                  Feu preguntes.
            faq:
              - id: fees
                question: Cal pagar?
                answer: No.
            """;

    @Test
    void textsAreNamedByTheirPlaceAndListEntriesByTheirId() {
        Map<String, String> texts = TextFields.texts(GUIDE);
        assertEquals(List.of("title", "steps.open-days.text", "faq.fees.question", "faq.fees.answer"),
                List.copyOf(texts.keySet()));
        assertEquals("Visiteu les escoles.\n\nFeu preguntes.\n", texts.get("steps.open-days.text"));
        assertFalse(texts.containsKey("faq.fees.id"), "ids are not texts to edit");
        assertTrue(TextFields.all(GUIDE).containsKey("faq.fees.id"));
    }

    @Test
    void aTranslationGainsTheTextsItsSourceGainedWhereTheSourceHasThem() {
        String source = """
                title: "Com funciona l'accés"
                easy_intro: Una pàgina per demanar plaça.
                steps:
                  - calendar: open-days
                    text: Visiteu les escoles.
                    easy: Visiteu escoles.
                """;
        String translation = """
                title: How it works
                steps:
                  - calendar: open-days
                    text: Visit the schools.
                """;

        String saved = TextFields.withTexts(translation, Map.of("title", "How it works",
                "easy_intro", "A page to ask for a place.", "steps.open-days.easy", "Visit schools.",
                "steps.open-days.text", "Visit the schools."), source);

        assertEquals(List.of("title", "easy_intro", "steps.open-days.text", "steps.open-days.easy"),
                List.copyOf(TextFields.texts(saved).keySet()), saved);
        assertEquals("Visit schools.", TextFields.texts(saved).get("steps.open-days.easy"));
        String leftForLater = TextFields.withTexts(translation, Map.of("easy_intro", " "), source);
        assertFalse(TextFields.texts(leftForLater).containsKey("easy_intro"), "a blank new text is not saved");
    }

    @Test
    void replacingTextsKeepsTheStructureAndEveryOtherText() {
        String edited = TextFields.withTexts(GUIDE, Map.of("faq.fees.answer", "No: l'escola pública és gratuïta.\nI la concertada també."));
        Map<String, String> texts = TextFields.texts(edited);
        assertEquals("No: l'escola pública és gratuïta.\nI la concertada també.", texts.get("faq.fees.answer"));
        assertEquals("Com funciona l'accés", texts.get("title"));
        assertEquals("fees", TextFields.all(edited).get("faq.fees.id"));
        assertTrue(edited.contains("answer: |"), "texts of several lines are written as literal blocks:\n" + edited);
    }

    @Test
    void everySampleTextFileRoundTripsUnchanged() throws Exception {
        for (String file : List.of("content/guide/ar.yaml", "content/schools/escola-la-sinia/zh.yaml",
                "content/blocks/welcome-newcomers/ur.yaml", "content/schools/escola-la-sinia/school.yaml")) {
            String yaml = Files.readString(Path.of(file));
            String rewritten = TextFields.withTexts(yaml, TextFields.texts(yaml));
            assertEquals(TextFields.all(yaml), TextFields.all(rewritten), file);
        }
    }

    @Test
    void fieldChangesListWhatDiffers() {
        String newer = TextFields.withTexts(GUIDE, Map.of("title", "Com es demana plaça"));
        List<FieldChange> changes = FieldChange.between(GUIDE, newer);
        assertEquals(1, changes.size());
        assertEquals("title", changes.get(0).field());
        assertEquals("Com funciona l'accés", changes.get(0).before());
        assertEquals("Com es demana plaça", changes.get(0).after());
        assertTrue(FieldChange.between(GUIDE, GUIDE).isEmpty());
    }

    @Test
    void aTranslationIsMissingStaleOrUpToDateFieldByField() {
        Map<String, String> sourceThen = Map.of("summary", "A", "daily_life", "B");
        Map<String, String> sourceNow = Map.of("summary", "A2", "daily_life", "B");
        assertEquals(ContentTranslationState.STALE,
                TranslationStatus.of("ar", sourceNow, sourceThen, Map.of("summary", "أ", "daily_life", "ب")).state());
        assertEquals(List.of("summary"),
                TranslationStatus.of("ar", sourceNow, sourceThen, Map.of("summary", "أ", "daily_life", "ب")).staleFields());
        assertEquals(ContentTranslationState.UP_TO_DATE,
                TranslationStatus.of("ru", sourceNow, sourceNow, Map.of("summary", "А", "daily_life", "Б")).state());
        assertEquals(ContentTranslationState.MISSING,
                TranslationStatus.of("zh", sourceNow, sourceNow, Map.of("summary", "摘要", "daily_life", " ")).state());
    }

    @Test
    void documentKindsFollowTheContentFolderLayout() {
        assertEquals(SchoolFileKinds.SCHOOL_TEXTS, DocumentKind.of("schools/escola-la-sinia/ur.yaml").orElseThrow().kind());
        assertEquals("schools/escola-la-sinia", DocumentKind.of("schools/escola-la-sinia/school.yaml").orElseThrow().item());
        assertEquals(BlockFileKinds.BLOCK_RULES, DocumentKind.of("blocks/interpreters/block.yaml").orElseThrow().kind());
        assertEquals("ar", DocumentKind.of("guide/ar.yaml").orElseThrow().language());
        assertEquals(CityFileKinds.OUTLINES, DocumentKind.of("districts.geojson").orElseThrow().kind());
        assertTrue(DocumentKind.of("README.md").isEmpty());
        assertTrue(DocumentKind.of("../etc/passwd").isEmpty());
        assertEquals("schools/x/ca.yaml", DocumentKind.of("schools/x/ar.yaml").orElseThrow().pathIn("ca"));
    }
}
