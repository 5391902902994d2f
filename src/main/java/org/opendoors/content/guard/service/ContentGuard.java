package org.opendoors.content.guard.service;

import org.opendoors.content.guard.analysis.LanguageAnalysis;
import org.opendoors.content.guard.analysis.Word;
import org.opendoors.content.guard.domain.CategoryRule;
import org.opendoors.content.guard.domain.Combination;
import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.GuardFinding;
import org.opendoors.content.guard.domain.LanguageRules;
import org.opendoors.content.text.RichText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses what must never reach families — scores, rankings, demand, composition shares, stigmatizing labels — by
 * what a sentence says rather than by its exact words: a sentence is refused as a category when it holds all the
 * cues of one of the category's combinations close together (an origin, a quantity and a group of pupils is a
 * composition share, however the share is written). Words are compared after the language's normalisation and
 * stemming ({@link LanguageAnalysis}), so a city writes each cue once. The rules are the city's data
 * ({@code content/guard/<lang>.yaml}). Markup is no hiding place: a text is read as the words a family reads
 * ({@link RichText#plainText}), so "**best** school" and "the [best](https://…) school" are "best school".
 */
public final class ContentGuard {

    /**
     * The model refuses a text of its own only from this many words: it learned from sentences, and a heading of a
     * word or two ("Necessitareu", "Districte") is mostly the pieces of longer words it saw refused. The rules still
     * refuse a short text that names a category ("Top 3", "rànquing").
     */
    static final int MODEL_MIN_WORDS = 3;

    /** Words read on each side of a rule's match to tell a look-alike from what the rule means. */
    private static final int LOOK_ALIKE_CONTEXT = 3;
    /**
     * In a sentence the model is sure of, the match's own words must not read as a category either: measured on the
     * held-out sentences, this keeps "the worst school in the district, but…" refused at the cost of one Urdu
     * sentence in 138 ("grade seven" as a class, not a mark).
     */
    private static final double MATCH_ORDINARY_ABOVE = 0.3;

    private final Map<String, CompiledRules> languages;

    public ContentGuard(Map<String, LanguageRules> rulesByLanguage) {
        // Each language learns from its examples on its own: side by side, eight take the time of two or three.
        this.languages = rulesByLanguage.entrySet().parallelStream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        entry -> CompiledRules.of(entry.getValue())));
    }

    /**
     * What this language's rules refuse in a text, one finding per sentence and category, in reading order.
     * Offsets count in the text's words without markup, {@link RichText#plainText}, which keeps the text's lines,
     * so a finding's line is its line in the text.
     */
    public List<GuardFinding> check(String markup, String language) {
        CompiledRules guard = languages.get(language);
        if (guard == null || markup == null || markup.isBlank()) {
            return List.of();
        }
        String text = RichText.plainText(markup);
        List<Word> words = guard.analysis().words(text);
        List<GuardFinding> findings = new ArrayList<>();
        int next = 0;
        for (int[] sentence : guard.analysis().sentences(text)) {
            int first = next;
            while (next < words.size() && words.get(next).start() < sentence[1]) {
                next++;
            }
            if (next > first) {
                List<GuardFinding> own = sentence(guard, text, words.subList(first, next));
                findings.addAll(own.isEmpty() ? inTheLanguageItIsWrittenIn(text, sentence, language) : own);
            }
        }
        return findings;
    }

    /**
     * A sentence written in another of the guard's languages than its file's (an English sentence in the Catalan
     * file) is read by that language's guard too: the file's guard reads it as words it does not know. The language
     * is told by the sentence's letters ({@link LanguageProfile}), and only when it is clearly another one, so a
     * Catalan sentence with a Spanish word stays Catalan.
     */
    private List<GuardFinding> inTheLanguageItIsWrittenIn(String text, int[] sentence, String fileLanguage) {
        String written = text.substring(sentence[0], sentence[1]);
        Optional<String> other = writtenIn(written, fileLanguage);
        if (other.isEmpty()) {
            return List.of();
        }
        return check(written, other.get()).stream().map(finding -> new GuardFinding(finding.language(),
                finding.ruleId(), finding.category(), finding.phrase(), finding.offset() + sentence[0],
                finding.reason(), finding.suggestion())).toList();
    }

    /** Fewer letter runs than this (about three words) tell too little to take a sentence out of its file's language. */
    static final int IDENTIFIED_FROM_TRIGRAMS = 12;
    /** How much likelier, per letter run, the other language must be (measured on the held-out sentences). */
    static final double IDENTIFIED_MARGIN = 0.4;

    /**
     * The other language a sentence is clearly written in, if it is written in another than its file's. Only
     * languages of the sentence's own script compete (a Chinese sentence naming "Riera Alta" is Chinese); within one
     * script the file's language keeps the sentence unless another is clearly likelier.
     */
    Optional<String> writtenIn(String sentence, String fileLanguage) {
        CompiledRules own = languages.get(fileLanguage);
        if (own == null || own.profile().isEmpty()) {
            return Optional.empty();
        }
        int script = LanguageProfile.dominantScript(sentence);
        if (script == com.ibm.icu.lang.UScript.INVALID_CODE) {
            return Optional.empty();
        }
        long[] trigrams = LanguageProfile.trigrams(sentence, script);
        if (trigrams.length < IDENTIFIED_FROM_TRIGRAMS) {
            return Optional.empty();
        }
        boolean ownScript = own.profile().script() == script;
        double bestScore = ownScript ? own.profile().score(trigrams) + IDENTIFIED_MARGIN : Double.NEGATIVE_INFINITY;
        String best = null;
        for (Map.Entry<String, CompiledRules> language : languages.entrySet()) {
            LanguageProfile profile = language.getValue().profile();
            if (!language.getKey().equals(fileLanguage) && !profile.isEmpty() && profile.script() == script) {
                double score = profile.score(trigrams);
                if (score > bestScore) {
                    best = language.getKey();
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public boolean knows(String language) {
        return languages.containsKey(language);
    }

    private static List<GuardFinding> sentence(CompiledRules guard, String text, List<Word> words) {
        SentenceCues cues = new SentenceCues(guard, words);
        List<GuardFinding> findings = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (CategoryRule category : guard.rules().categories()) {
            for (Combination combination : category.when()) {
                int[] span = cues.closest(combination);
                if (span != null) {
                    spans.add(span);
                    int start = words.get(span[0]).start();
                    int end = words.get(span[1] - 1).end();
                    findings.add(new GuardFinding(guard.rules().language(),
                            category.category().name().toLowerCase(Locale.ROOT) + ": " + combination,
                            category.category(), text.substring(start, end), start, category.reason(),
                            category.suggestion()));
                    break;
                }
            }
        }
        Optional<SentenceModel> model = guard.model();
        if (model.isEmpty()) {
            return findings;
        }
        Optional<Optional<GuardCategory>> example = guard.example(
                text.substring(words.get(0).start(), words.get(words.size() - 1).end()));
        if (example.isPresent()) {
            // The city's own examples decide their sentences, whatever the rules and the model would say.
            if (example.get().isEmpty()) {
                return List.of();
            }
            GuardCategory category = example.get().get();
            return List.of(findings.stream().filter(f -> f.category() == category).findFirst()
                    .orElseGet(() -> learned(guard, model.get(), SentenceFeatures.of(guard, words, cues), category,
                            text, words, "an example to refuse")));
        }
        List<SentenceFeatures.Feature> features = SentenceFeatures.of(guard, words, cues);
        SentenceModel.Verdict verdict = model.get().judge(features);
        for (int i = findings.size() - 1; i >= 0; i--) {
            if (lookAlike(guard, model.get(), words, spans.get(i), verdict)) {
                findings.remove(i);
            }
        }
        if (findings.isEmpty() && words.size() >= MODEL_MIN_WORDS) {
            verdict.category().map(category -> learned(guard, model.get(), features, category, text, words,
                    "learned from the examples")).ifPresent(findings::add);
        }
        return findings;
    }

    /**
     * Whether a rule's match is one of the examples' near misses — "the best part of the day", "half of the
     * playground" — written once as an example rather than as an allowed phrase per cue: the model is sure the
     * sentence is ordinary and reads the matched words, with a few on each side, as ordinary too. The match's own
     * words count, so an ordinary sentence around "the worst school in the district" does not hide it.
     */
    private static boolean lookAlike(CompiledRules guard, SentenceModel model, List<Word> words, int[] span,
                                     SentenceModel.Verdict sentence) {
        List<Word> around = words.subList(Math.max(0, span[0] - LOOK_ALIKE_CONTEXT),
                Math.min(words.size(), span[1] + LOOK_ALIKE_CONTEXT));
        SentenceModel.Verdict match = model.judge(SentenceFeatures.of(guard, around, new SentenceCues(guard, around)));
        return sentence.surelyOrdinary() && match.ordinary() > MATCH_ORDINARY_ABOVE;
    }

    /**
     * What the rules did not name, the model learned from the language's examples may still recognise: a refusal
     * names the words that weighed most towards its category, with the category's reason and suggestion.
     */
    private static GuardFinding learned(CompiledRules guard, SentenceModel model, List<SentenceFeatures.Feature> features,
                                        GuardCategory category, String text, List<Word> words, String why) {
        int[] span = PhraseSpan.strongest(model.leaning(features, category, words.size()));
        int start = words.get(span[0]).start();
        int end = words.get(span[1] - 1).end();
        Optional<CategoryRule> rule = guard.rules().categories().stream()
                .filter(r -> r.category() == category).findFirst();
        return new GuardFinding(guard.rules().language(),
                category.name().toLowerCase(Locale.ROOT) + ": " + why, category,
                text.substring(start, end), start, rule.map(CategoryRule::reason).orElse(""),
                rule.map(CategoryRule::suggestion).orElse(""));
    }
}
