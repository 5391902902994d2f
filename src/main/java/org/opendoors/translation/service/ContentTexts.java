package org.opendoors.translation.service;

import org.opendoors.guide.domain.GuidePages;
import org.opendoors.targeting.domain.TargetedBlocks;
import org.opendoors.school.domain.SchoolCatalog;
import org.opendoors.content.domain.CityContent;
import org.opendoors.guide.domain.GuideEntry;
import org.opendoors.guide.domain.Guide;
import org.opendoors.guide.domain.GuideStep;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolTexts;
import org.opendoors.school.domain.TextSection;
import org.opendoors.targeting.domain.BlockText;
import org.opendoors.targeting.domain.ContentBlock;
import org.opendoors.translation.domain.ContentUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The texts of a city's content as translation units, source language against one target language: school texts,
 * the application guide and the targeted blocks. (Calendar titles are short and live in city.yaml; they are edited
 * there.)
 */
final class ContentTexts {

    private ContentTexts() {
    }

    static List<ContentUnit> units(CityContent content, String target) {
        String source = content.sourceLanguage();
        List<ContentUnit> units = new ArrayList<>();
        for (School school : content.part(SchoolCatalog.class).schools()) {
            SchoolTexts from = school.textsIn(source).orElseThrow();
            Optional<SchoolTexts> to = school.textsIn(target);
            for (TextSection section : TextSection.values()) {
                units.add(new ContentUnit("school." + school.getSlug() + "." + section.code(),
                        school.getName() + " — " + section.code().replace('_', ' '),
                        from.get(section), to.map(t -> t.get(section)).orElse(null)));
            }
        }
        Optional<Guide> guideFrom = guide(content, source);
        Optional<Guide> guideTo = guide(content, target);
        guideFrom.ifPresent(from -> units.addAll(guideUnits(from, guideTo.orElse(null))));
        for (ContentBlock block : content.part(TargetedBlocks.class).blocks()) {
            BlockText from = block.textFor(source, source).orElseThrow().value();
            Optional<BlockText> to = block.textFor(target, source).filter(t -> !t.fallback()).map(t -> t.value());
            units.add(new ContentUnit("block." + block.getId() + ".title", "Targeted block '" + block.getId() + "', title",
                    from.getTitle(), to.map(BlockText::getTitle).orElse(null)));
            units.add(new ContentUnit("block." + block.getId() + ".text", "Targeted block '" + block.getId() + "', text",
                    from.getBody(), to.map(BlockText::getBody).orElse(null)));
        }
        return units;
    }

    private static Optional<Guide> guide(CityContent content, String language) {
        return content.part(GuidePages.class).pages().stream().filter(page -> page.getLanguage().equals(language)).findFirst();
    }

    private static List<ContentUnit> guideUnits(Guide from, Guide to) {
        List<ContentUnit> units = new ArrayList<>();
        units.add(unit("guide.title", "Application guide, title", from.getTitle(), to == null ? null : to.getTitle()));
        units.add(unit("guide.intro", "Application guide, introduction", from.getIntro(), to == null ? null : to.getIntro()));
        for (GuideStep step : from.getSteps()) {
            String target = to == null ? null : to.getSteps().stream()
                    .filter(s -> s.getCalendarStep().equals(step.getCalendarStep())).map(GuideStep::getText).findFirst().orElse(null);
            units.add(unit("guide.step." + step.getCalendarStep(), "Application guide, what to do in the step '"
                    + step.getCalendarStep() + "'", step.getText(), target));
        }
        units.add(unit("guide.documents.intro", "Application guide, documents: introduction", from.getDocumentsIntro(),
                to == null ? null : to.getDocumentsIntro()));
        for (int i = 0; i < from.getDocuments().size(); i++) {
            String target = to == null || to.getDocuments().size() <= i ? null : to.getDocuments().get(i);
            units.add(unit("guide.documents." + (i + 1), "Application guide, document " + (i + 1), from.getDocuments().get(i), target));
        }
        units.add(unit("guide.criteria", "Application guide, how places are given", from.getCriteria(),
                to == null ? null : to.getCriteria()));
        entries(units, "glossary", "term", "definition", from.getGlossary(), to == null ? List.of() : to.getGlossary());
        entries(units, "faq", "question", "answer", from.getQuestions(), to == null ? List.of() : to.getQuestions());
        return units;
    }

    private static void entries(List<ContentUnit> units, String kind, String heading, String text, List<GuideEntry> from,
                                List<GuideEntry> to) {
        for (GuideEntry entry : from) {
            Optional<GuideEntry> target = to.stream().filter(t -> t.getEntryId().equals(entry.getEntryId())).findFirst();
            String context = "Application guide, " + kind + " '" + entry.getEntryId() + "', ";
            units.add(unit("guide." + kind + "." + entry.getEntryId() + "." + heading, context + heading, entry.getHeading(),
                    target.map(GuideEntry::getHeading).orElse(null)));
            units.add(unit("guide." + kind + "." + entry.getEntryId() + "." + text, context + text, entry.getText(),
                    target.map(GuideEntry::getText).orElse(null)));
        }
    }

    private static ContentUnit unit(String id, String context, String source, String target) {
        return new ContentUnit(id, context, source, target);
    }
}
