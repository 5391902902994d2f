package org.opendoors.translation.service;

import org.opendoors.content.service.ContentYaml;
import org.opendoors.guide.domain.GuideEntry;
import org.opendoors.guide.domain.Guide;
import org.opendoors.guide.domain.GuideStep;
import org.opendoors.school.domain.TextSection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a language's content files (a school's texts, the guide, a block) in the layout content/README.md
 * describes: fields in their documented order, texts of several lines as literal blocks.
 */
final class ContentFileWriter {

    private ContentFileWriter() {
    }

    /** unitText gives the translation of a unit id (or null). */
    static String schoolTexts(String slug, Function<String, String> unitText) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (TextSection section : TextSection.values()) {
            fields.put(section.code(), unitText.apply("school." + slug + "." + section.code()));
        }
        return dump(fields);
    }

    static String block(String id, Function<String, String> unitText) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", unitText.apply("block." + id + ".title"));
        fields.put("text", unitText.apply("block." + id + ".text"));
        return dump(fields);
    }

    /** The guide in the source's structure (steps, documents, ids), with the translated texts. */
    static String guide(Guide structure, Function<String, String> unitText) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", unitText.apply("guide.title"));
        fields.put("intro", unitText.apply("guide.intro"));
        List<Object> steps = new ArrayList<>();
        for (GuideStep step : structure.getSteps()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("calendar", step.getCalendarStep());
            entry.put("text", unitText.apply("guide.step." + step.getCalendarStep()));
            steps.add(entry);
        }
        fields.put("steps", steps);
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("intro", unitText.apply("guide.documents.intro"));
        List<Object> items = new ArrayList<>();
        for (int i = 1; i <= structure.getDocuments().size(); i++) {
            items.add(unitText.apply("guide.documents." + i));
        }
        documents.put("items", items);
        fields.put("documents", documents);
        fields.put("criteria", unitText.apply("guide.criteria"));
        fields.put("glossary", entries(structure.getGlossary(), "glossary", "term", "definition", unitText));
        fields.put("faq", entries(structure.getQuestions(), "faq", "question", "answer", unitText));
        return dump(fields);
    }

    private static List<Object> entries(List<GuideEntry> structure, String kind, String heading, String text,
                                        Function<String, String> unitText) {
        List<Object> entries = new ArrayList<>();
        for (GuideEntry entry : structure) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", entry.getEntryId());
            fields.put(heading, unitText.apply("guide." + kind + "." + entry.getEntryId() + "." + heading));
            fields.put(text, unitText.apply("guide." + kind + "." + entry.getEntryId() + "." + text));
            entries.add(fields);
        }
        return entries;
    }

    private static String dump(Map<String, Object> fields) {
        return ContentYaml.write(fields);
    }
}
