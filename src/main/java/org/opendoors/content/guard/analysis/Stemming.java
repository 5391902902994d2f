package org.opendoors.content.guard.analysis;

import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The stemmer of a language, so "oversubscribed", "examens", "мигрантов" and "المهاجرين" meet the cue a city wrote
 * once: the Snowball stemmers for ca, es, en, fr and ru, Lucene's Arabic light stemmer (articles, conjunctions and
 * suffixes). Urdu and Chinese words are kept as folded: Urdu cues name their forms or a prefix ("طالب*"), and Chinese
 * has no inflection. A Snowball stemmer keeps state, so each reading of a text gets its own.
 */
final class Stemming {

    private Stemming() {
    }

    static Supplier<UnaryOperator<String>> of(String language) {
        return switch (language) {
            case "ca" -> () -> snowball(new CatalanStemmer());
            case "es" -> () -> snowball(new SpanishStemmer());
            case "en" -> () -> snowball(new EnglishStemmer());
            case "fr" -> () -> snowball(new FrenchStemmer());
            case "ru" -> () -> snowball(new RussianStemmer());
            case "ar" -> () -> arabic(new ArabicStemmer());
            default -> () -> UnaryOperator.identity();
        };
    }

    private static UnaryOperator<String> snowball(SnowballStemmer stemmer) {
        return word -> {
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        };
    }

    private static UnaryOperator<String> arabic(ArabicStemmer stemmer) {
        return word -> {
            char[] chars = word.toCharArray();
            return new String(chars, 0, stemmer.stem(chars, chars.length));
        };
    }
}
