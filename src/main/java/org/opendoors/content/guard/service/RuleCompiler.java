package org.opendoors.content.guard.service;

import org.opendoors.i18n.domain.StaffWording;

import org.opendoors.content.guard.analysis.LanguageAnalysis;
import org.opendoors.content.guard.analysis.Word;
import org.opendoors.content.guard.domain.CueEntry;
import org.opendoors.content.guard.domain.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads the entries a city writes for a cue ({@code hardly any}, {@code # out of #}, {@code nationalit*},
 * {@code no @origin}) as the guard will compare them: each word analysed as a text's words are, so an entry matches
 * every inflection and spelling of what it names.
 */
public final class RuleCompiler {

    /** An entry names a few words; a long one is a sentence pasted by mistake. */
    public static final int MAX_ENTRY_TERMS = 12;

    private static final Map<String, LanguageAnalysis> ANALYSES = new ConcurrentHashMap<>();

    private RuleCompiler() {
    }

    /** The analysis of a language, with the city's calendar words; made once per language and words. */
    public static LanguageAnalysis analysis(String language, List<String> calendarWords) {
        return ANALYSES.computeIfAbsent(language + "\u0000" + String.join("\u0000", calendarWords), key -> {
            LanguageAnalysis analysis = new LanguageAnalysis(language);
            analysis.addCalendarWords(calendarWords);
            return analysis;
        });
    }

    /**
     * The entry as terms, or empty with the problem told: an entry of no words, a {@code *} on a word the language
     * splits, a reference to a cue that does not exist, or too many terms.
     */
    public static Optional<CueEntry> entry(LanguageAnalysis analysis, String written, java.util.Set<String> cueNames,
                                           Consumer<StaffWording> problem) {
        List<Term> terms = new ArrayList<>();
        for (String part : written.strip().split("\\s+")) {
            if (part.equals("#")) {
                terms.add(new Term(Term.Kind.NUMBER, "#"));
            } else if (part.equals("%")) {
                terms.add(new Term(Term.Kind.PERCENT, "%"));
            } else if (part.equals("...") || part.equals("…")) {
                terms.add(new Term(Term.Kind.GAP, "..."));
            } else if (part.startsWith("@")) {
                String cue = part.substring(1);
                if (!cueNames.contains(cue)) {
                    problem.accept(StaffWording.of("content.problem.cueUnknown", "entry", written, "cue", cue));
                    return Optional.empty();
                }
                terms.add(new Term(Term.Kind.CUE, cue));
            } else if (part.endsWith("*") && part.length() > 1) {
                List<Word> words = analysis.words(part.substring(0, part.length() - 1));
                if (words.size() != 1) {
                    problem.accept(StaffWording.of("content.problem.starOnSplitWord", "entry", written, "part", part,
                            "count", words.size()));
                    return Optional.empty();
                }
                terms.add(new Term(Term.Kind.PREFIX, words.get(0).folded()));
            } else {
                analysis.words(part).forEach(word -> terms.add(Term.word(word.stem(), word.folded())));
            }
        }
        if (terms.isEmpty() || terms.stream().allMatch(t -> t.kind() == Term.Kind.GAP)) {
            problem.accept(StaffWording.of("content.problem.noWordToLookFor", "entry", written));
            return Optional.empty();
        }
        if (terms.get(0).kind() == Term.Kind.GAP || terms.get(terms.size() - 1).kind() == Term.Kind.GAP) {
            problem.accept(StaffWording.of("content.problem.gapAtEnd", "entry", written));
            return Optional.empty();
        }
        if (terms.size() > MAX_ENTRY_TERMS) {
            problem.accept(StaffWording.of("content.problem.tooManyTerms", "entry", written, "max", MAX_ENTRY_TERMS));
            return Optional.empty();
        }
        return Optional.of(new CueEntry(written, terms));
    }
}
