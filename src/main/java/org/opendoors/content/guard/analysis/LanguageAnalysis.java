package org.opendoors.content.guard.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How the guard reads one language: sentences (ICU), words (Lucene's UAX#29 tokenizer, with French and Catalan
 * articles and English possessives taken off), each word folded ({@link Folding}) and stemmed ({@link Stemming}),
 * and which words are numbers. Numbers written as words are read with ICU's rule-based number format: every
 * cardinal from two up, as ICU spells it in this language and its genders and cases, is a number. A number beside a month name or a calendar word ("3 March", "3月") is a date, not
 * a quantity; so are years, times of day and prices. Thread-safe.
 */
public final class LanguageAnalysis {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+(?:[.,][0-9]+)*");
    private static final String PERCENT_SIGNS = "%٪％‰";
    private static final CharArraySet CATALAN_ARTICLES =
            new CharArraySet(Arrays.asList("d", "l", "m", "n", "s", "t"), true);

    /** Conjunctions and prepositions Arabic and Urdu writers attach to the next word: و ف ب ل ك. */
    private static final String ARABIC_PREFIXES = "\u0648\u0641\u0628\u0644\u0643";

    private final String language;
    private final boolean arabicScript;
    private final ULocale locale;
    private final Folding folding;
    private final Supplier<UnaryOperator<String>> stemming;
    private final Analyzer words;
    private final Set<String> numberWords;
    private final Set<String> oneWords;
    private volatile Set<String> calendarWords;

    public LanguageAnalysis(String language) {
        this.language = language;
        this.arabicScript = language.equals("ar") || language.equals("ur");
        this.locale = new ULocale(language);
        this.folding = new Folding(language);
        this.stemming = Stemming.of(language);
        this.words = new WordsAnalyzer(language);
        this.numberWords = numberWords();
        this.oneWords = spelled(true);
        this.calendarWords = monthNames();
    }

    public String language() {
        return language;
    }

    /** Adds the city's own calendar words ("o'clock", "h", "日") to the month names: numbers beside them are not quantities. */
    public void addCalendarWords(List<String> cityWords) {
        Set<String> words = new HashSet<>(calendarWords);
        cityWords.forEach(word -> rawWords(word).forEach(w -> words.add(w.stem())));
        this.calendarWords = Set.copyOf(words);
    }

    /** The words of a text, numbers marked, in reading order. */
    public List<Word> words(String text) {
        return markNumbers(text, rawWords(text));
    }

    /** Where each sentence starts and ends; a line break always ends one (list items, headings). */
    public List<int[]> sentences(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        sentences.setText(text);
        List<int[]> spans = new ArrayList<>();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            int lineStart = start;
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '\n') {
                    spans.add(new int[]{lineStart, i});
                    lineStart = i + 1;
                }
            }
            spans.add(new int[]{lineStart, end});
        }
        spans.removeIf(span -> text.substring(span[0], span[1]).isBlank());
        return spans;
    }

    private List<Word> markNumbers(String text, List<Word> raw) {
        List<Word> marked = new ArrayList<>(raw.size());
        boolean[] codes = phoneNumbersAndDates(text, raw);
        for (int i = 0; i < raw.size(); i++) {
            Word word = raw.get(i);
            boolean digits = DIGITS.matcher(numberPart(word.folded())).matches() && !codes[i];
            // Number words are compared as written, not stemmed: Catalan "centre" stems to "cent" (a hundred).
            boolean partOfLonger = oneWords.contains(word.folded()) && i > 0 && numberWords.contains(raw.get(i - 1).folded());
            boolean number = (digits || numberWords.contains(word.folded()) || partOfLonger)
                    && !(digits && (isYear(word.folded()) || isTime(text, word) || isMoney(text, word)))
                    && !besideCalendarWord(raw, i);
            int percentEnd = number ? percentSignEnd(text, word) : -1;
            // A percentage's phrase carries its sign: "40%", not "40".
            marked.add(number ? new Word(word.folded(), word.stem(), word.start(), Math.max(word.end(), percentEnd),
                    true, percentEnd >= 0) : word);
        }
        return marked;
    }

    private boolean besideCalendarWord(List<Word> words, int i) {
        return (i > 0 && calendarWords.contains(words.get(i - 1).stem()))
                || (i + 1 < words.size() && calendarWords.contains(words.get(i + 1).stem()))
                || (i + 2 < words.size() && calendarWords.contains(words.get(i + 2).stem())
                && words.get(i + 1).folded().length() <= 3);
    }

    /**
     * Groups of digits that make a telephone number, a date or a code — three groups or more joined by spaces, dashes,
     * dots, slashes or brackets ("+34 930 41 00 10", "15/03/2027"), or after a plus sign — are no quantity.
     */
    private static boolean[] phoneNumbersAndDates(String text, List<Word> words) {
        boolean[] codes = new boolean[words.size()];
        int i = 0;
        while (i < words.size()) {
            if (!DIGITS.matcher(words.get(i).folded()).matches()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < words.size() && DIGITS.matcher(words.get(end).folded()).matches()
                    && text.substring(words.get(end - 1).end(), words.get(end).start()).matches("[\\s\\-./()]{1,3}")) {
                end++;
            }
            boolean plus = words.get(i).start() > 0 && text.charAt(words.get(i).start() - 1) == '+';
            if (end - i >= 3 || plus) {
                for (int j = i; j < end; j++) {
                    codes[j] = true;
                }
            }
            i = end;
        }
        return codes;
    }

    /** "€6.50", "6,50 €", "£110": a price is no quantity of pupils. */
    private static boolean isMoney(String text, Word word) {
        int before = word.start() - 1;
        while (before >= 0 && Character.isSpaceChar(text.charAt(before)) && word.start() - before < 3) {
            before--;
        }
        int after = word.end();
        while (after < text.length() && Character.isSpaceChar(text.charAt(after)) && after - word.end() < 2) {
            after++;
        }
        return (before >= 0 && Character.getType(text.charAt(before)) == Character.CURRENCY_SYMBOL)
                || (after < text.length() && Character.getType(text.charAt(after)) == Character.CURRENCY_SYMBOL);
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && digits.compareTo("1900") >= 0 && digits.compareTo("2099") <= 0;
    }

    private static boolean isTime(String text, Word word) {
        boolean colonAfter = word.end() + 1 < text.length() && text.charAt(word.end()) == ':'
                && Character.isDigit(text.charAt(word.end() + 1));
        boolean colonBefore = word.start() >= 2 && text.charAt(word.start() - 1) == ':'
                && Character.isDigit(text.charAt(word.start() - 2));
        return colonAfter || colonBefore;
    }

    /** A number with an Arabic-script prefix letter written onto it ("لـ٦٠", "و٤٠") is the number. */
    private String numberPart(String folded) {
        return arabicScript && folded.length() > 1 && ARABIC_PREFIXES.indexOf(folded.charAt(0)) >= 0
                && Character.isDigit(folded.charAt(1)) ? folded.substring(1) : folded;
    }

    /** Where the percent sign written after the number ends (or the number's end when it is written before), or -1. */
    private static int percentSignEnd(String text, Word word) {
        int after = word.end();
        while (after < text.length() && Character.isSpaceChar(text.charAt(after)) && after - word.end() < 2) {
            after++;
        }
        if (after < text.length() && PERCENT_SIGNS.indexOf(text.charAt(after)) >= 0) {
            return after + 1;
        }
        return word.start() > 0 && PERCENT_SIGNS.indexOf(text.charAt(word.start() - 1)) >= 0 ? word.end() : -1;
    }

    private Set<String> numberWords() {
        return spelled(false);
    }

    /**
     * The words of cardinal numbers as ICU spells them, in every gender and case: from two up, or only one ("one",
     * "una", "один", which is a number only inside a longer one: "thirty-one").
     */
    private Set<String> spelled(boolean one) {
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        Set<String> found = new HashSet<>();
        List<Integer> values = new ArrayList<>();
        for (int n = one ? 1 : 2; n <= (one ? 1 : 20); n++) {
            values.add(n);
        }
        for (int n = 30; !one && n <= 100; n += 10) {
            values.add(n);
        }
        if (!one) {
            values.addAll(List.of(200, 300, 400, 500, 1000));
        }
        for (String ruleSet : spellout.getRuleSetNames()) {
            // Ordinals name positions ("sixth form", "the third floor") far more often than shares; a city's
            // quantity cue names its fraction words ("a third", "un tercio").
            if (!ruleSet.startsWith("%spellout-cardinal")) {
                continue;
            }
            for (int value : values) {
                List<Word> spelled = rawWords(spellout.format(value, ruleSet));
                // A number spelled in several words ("treinta y dos") is made of single-word ones already here;
                // taking its connecting word ("y", "و") as a number would make every sentence count something.
                if (spelled.size() == 1) {
                    found.add(spelled.get(0).folded());
                }
            }
        }
        return Set.copyOf(found);
    }

    private Set<String> monthNames() {
        DateFormatSymbols symbols = new DateFormatSymbols(locale);
        Set<String> months = new HashSet<>();
        for (int context : new int[]{DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (String month : symbols.getMonths(context, DateFormatSymbols.WIDE)) {
                // Chinese months are "三月": the number is in the name; the calendar word is 月. Catalan months are
                // "de gener": "de" is no calendar word, or "el 40 % de les famílies" would be a date.
                rawWords(month).stream()
                        .filter(w -> !w.folded().codePoints().allMatch(c -> UCharacter.getUnicodeNumericValue(c)
                                != UCharacter.NO_NUMERIC_VALUE))
                        .filter(w -> w.folded().length() > 2 || w.folded().codePoints().allMatch(Character::isIdeographic))
                        .forEach(w -> months.add(w.stem()));
            }
        }
        return Set.copyOf(months);
    }

    private List<Word> rawWords(String text) {
        UnaryOperator<String> stem = stemming.get();
        List<Word> found = new ArrayList<>();
        try (TokenStream stream = words.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String folded = folding.fold(term.toString());
                if (!folded.isEmpty()) {
                    found.add(new Word(folded, stem.apply(folded), offset.startOffset(), offset.endOffset(), false, false));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Lucene's UAX#29 words, with the elided articles of French and Catalan and English possessives taken off. */
    private static final class WordsAnalyzer extends Analyzer {
        private final String language;

        WordsAnalyzer(String language) {
            this.language = language;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = switch (language) {
                case "fr" -> new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
                case "ca" -> new ElisionFilter(tokenizer, CATALAN_ARTICLES);
                case "en" -> new EnglishPossessiveFilter(tokenizer);
                default -> tokenizer;
            };
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
