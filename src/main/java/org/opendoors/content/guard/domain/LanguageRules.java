package org.opendoors.content.guard.domain;

import java.util.List;
import java.util.Map;

/**
 * A language's guard: its cues, the categories they refuse together, the ordinary phrases that look like a cue
 * but are not one ("the best part of the day", "the top floor": a cue that shares a word with an allowed phrase
 * is no cue), and the example sentences the guard learns the rest from.
 */
public record LanguageRules(String language, Map<String, Cue> cues, List<CategoryRule> categories,
                            List<CueEntry> allowed, List<String> calendarWords, List<GuardExample> examples) {

    public LanguageRules {
        cues = Map.copyOf(cues);
        categories = List.copyOf(categories);
        allowed = List.copyOf(allowed);
        calendarWords = List.copyOf(calendarWords);
        examples = List.copyOf(examples);
    }

    public LanguageRules withExamples(List<GuardExample> learnedFrom) {
        return new LanguageRules(language, cues, categories, allowed, calendarWords, learnedFrom);
    }
}
