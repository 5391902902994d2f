package org.opendoors.content.guard.service;

import org.opendoors.content.guard.analysis.LanguageAnalysis;
import org.opendoors.content.guard.analysis.Word;
import org.opendoors.content.guard.domain.Cue;
import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.GuardExample;
import org.opendoors.content.guard.domain.LanguageRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A language's rules made ready to read texts: its analysis, every entry indexed by its first word, the model
 * learned from its example sentences, if it has any, and the examples themselves, which decide their own sentences.
 */
final class CompiledRules {

    private static final com.ibm.icu.text.Normalizer2 FOLD = com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance();

    private final LanguageRules rules;
    private final LanguageAnalysis analysis;
    private final CueIndex index = new CueIndex();
    private final SentenceModel model;
    /** An example sentence, as its words read, and the category it is refused as (empty: ordinary). */
    private final Map<String, Optional<GuardCategory>> decided;
    /** How this language's sentences look, to tell a sentence of it in another language's file. */
    private final LanguageProfile profile;

    /**
     * The last few languages' rules compiled, by their rules: a draft of one language's examples beside the
     * published ones, saved and previewed in turn, is learned once, not at every save.
     */
    private static final int KEPT = 24;
    private static final Map<LanguageRules, CompiledRules> RECENT = new java.util.LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LanguageRules, CompiledRules> eldest) {
            return size() > KEPT;
        }
    };

    /** These rules compiled: the ones compiled for equal rules lately, or compiled now. */
    static CompiledRules of(LanguageRules rules) {
        synchronized (RECENT) {
            CompiledRules known = RECENT.get(rules);
            if (known != null) {
                return known;
            }
        }
        // Compiled outside the lock: languages learn side by side.
        CompiledRules compiled = new CompiledRules(rules, ModelStore.configured());
        synchronized (RECENT) {
            RECENT.put(rules, compiled);
        }
        return compiled;
    }

    CompiledRules(LanguageRules rules, ModelStore store) {
        this.rules = rules;
        this.analysis = RuleCompiler.analysis(rules.language(), rules.calendarWords());
        for (Cue cue : rules.cues().values()) {
            index.add(cue.name(), cue.entries());
        }
        index.add(CueIndex.ALLOWED, rules.allowed());
        Map<String, Optional<GuardCategory>> examples = new HashMap<>();
        for (GuardExample example : rules.examples()) {
            examples.put(reading(example.sentence()), example.refusedAs());
        }
        this.decided = Map.copyOf(examples);
        this.profile = LanguageProfile.of(rules.examples().stream().map(GuardExample::sentence).toList());
        this.model = rules.examples().isEmpty() ? null
                : store.load(rules).orElseGet(() -> store.keep(rules, learn(rules.examples())));
    }

    LanguageProfile profile() {
        return profile;
    }

    private SentenceModel learn(List<GuardExample> examples) {
        List<List<SentenceFeatures.Feature>> sentences = new ArrayList<>(examples.size());
        int[] labels = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            GuardExample example = examples.get(i);
            List<Word> words = analysis.words(example.sentence());
            sentences.add(SentenceFeatures.of(this, words, new SentenceCues(this, words)));
            labels[i] = example.refusedAs().map(category -> category.ordinal() + 1).orElse(0);
        }
        return SentenceModel.train(sentences, labels);
    }

    /**
     * A sentence's letters and digits, case-folded and compatibility-normalised, one space between runs: an example
     * decides its sentence however it is cased, spaced or punctuated.
     */
    static String reading(CharSequence sentence) {
        String folded = FOLD.normalize(sentence);
        StringBuilder reading = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                if (gap && reading.length() > 0) {
                    reading.append(' ');
                }
                reading.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return reading.toString();
    }

    /** What the city's examples say of exactly this sentence, if it is one of them. */
    Optional<Optional<GuardCategory>> example(String sentence) {
        return Optional.ofNullable(decided.get(reading(sentence)));
    }

    Optional<SentenceModel> model() {
        return Optional.ofNullable(model);
    }

    LanguageRules rules() {
        return rules;
    }

    LanguageAnalysis analysis() {
        return analysis;
    }

    CueIndex index() {
        return index;
    }
}
