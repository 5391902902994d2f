package org.opendoors.translation.service;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.translation.domain.MessagePreviewResult;
import org.opendoors.translation.domain.PreviewSample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A message rendered by ICU4J as families would see it, once for each plural category of the language with a
 * number that falls in it (Arabic: zero, one, two, few, many, other; Russian: one, few, many, other; Chinese:
 * other), and once for each exact value the message names ({@code =0}). Other arguments get sample values: text
 * arguments their own name in brackets, so the translator sees where each one lands; dates a fixed day.
 */
public final class MessagePreview {

    /** CLDR's order of the categories, so every language lists them the same way. */
    private static final List<String> CATEGORY_ORDER = List.of("zero", "one", "two", "few", "many", "other");
    /** A fixed moment for date and time arguments: previews must not change from one keystroke to the next. */
    private static final Date SAMPLE_DATE = Date.from(Instant.parse("2027-03-15T09:30:00Z"));
    private static final long SAMPLE_NUMBER = 42;
    /** Decimals a family might meet ("1.5 km"), tried before any other for categories without integers. */
    private static final double[] USUAL_DECIMALS = {1.5, 2.5, 0.5};

    private MessagePreview() {
    }

    public static MessagePreviewResult preview(SupportedLanguage language, String pattern) {
        Arguments arguments;
        MessageFormat format;
        try {
            arguments = Arguments.of(new MessagePattern(pattern));
            format = new MessageFormat(pattern, language.locale());
        } catch (IllegalArgumentException e) {
            return MessagePreviewResult.failed(StaffWording.of("translation.preview.failed.invalid", "detail", e.getMessage()));
        }
        List<PreviewSample> samples = new ArrayList<>();
        try {
            if (arguments.counted().isEmpty()) {
                samples.add(new PreviewSample(StaffWording.of("translation.preview.sample.plain"),
                        format.format(arguments.values(SAMPLE_NUMBER))));
                return MessagePreviewResult.rendered(samples);
            }
            PluralRules rules = PluralRules.forLocale(language.locale());
            NumberFormat numbers = NumberFormat.getInstance(language.locale());
            for (String category : categories(rules)) {
                Number number = sampleNumber(rules, category, arguments.exactValues());
                // Arabic "zero" is only 0: where the message has "=0", that case is what families see.
                boolean exactCase = arguments.exactValues().contains(number.doubleValue());
                samples.add(new PreviewSample(StaffWording.of(exactCase ? "translation.preview.sample.categoryExact"
                        : "translation.preview.sample.category", "category", category, "number", numbers.format(number)),
                        format.format(arguments.values(number))));
            }
            for (Double exact : arguments.exactValues()) {
                Number number = exact % 1 == 0 ? (Number) exact.longValue() : exact;
                samples.add(new PreviewSample(StaffWording.of("translation.preview.sample.exact", "number",
                        numbers.format(number)), format.format(arguments.values(number))));
            }
        } catch (IllegalArgumentException e) {
            return MessagePreviewResult.failed(StaffWording.of("translation.preview.failed.render", "detail", e.getMessage()));
        }
        return MessagePreviewResult.rendered(samples);
    }

    /** The language's plural categories, in CLDR's order. */
    public static List<String> categories(PluralRules rules) {
        Set<String> keywords = rules.getKeywords();
        return CATEGORY_ORDER.stream().filter(keywords::contains).toList();
    }

    /**
     * A number in the category: an integer when the category has one (the first besides 0 and the message's exact
     * values, which would show their own branch instead), otherwise a decimal such as 1.5 for Russian "other".
     */
    static Number sampleNumber(PluralRules rules, String category, Collection<Double> exactValues) {
        Collection<Double> integers = rules.getSamples(category);
        Double chosen = null;
        for (Double candidate : integers) {
            if (!exactValues.contains(candidate) && candidate != 0) {
                chosen = candidate;
                break;
            }
        }
        if (chosen == null && !integers.isEmpty()) {
            chosen = integers.iterator().next();
        }
        if (chosen != null) {
            return chosen.longValue();
        }
        for (double usual : USUAL_DECIMALS) {
            if (rules.select(usual).equals(category)) {
                return usual;
            }
        }
        for (int tenths = 1; tenths < 1000; tenths++) {
            double decimal = tenths / 10.0;
            if (tenths % 10 != 0 && rules.select(decimal).equals(category)) {
                return decimal;
            }
        }
        throw new IllegalStateException("No sample number for the plural category " + category);
    }

    /** The arguments of a message: which are counted (plural, selectordinal), and a sample value for each. */
    private record Arguments(Map<String, Object> samples, Set<String> counted, Set<Double> exactValues) {

        static Arguments of(MessagePattern pattern) {
            Map<String, Object> samples = new LinkedHashMap<>();
            Set<String> counted = new LinkedHashSet<>();
            Set<Double> exact = new LinkedHashSet<>();
            for (int i = 0; i < pattern.countParts(); i++) {
                MessagePattern.Part part = pattern.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR && pattern.getSubstring(part).startsWith("=")) {
                    exact.add(pattern.getNumericValue(pattern.getPart(i + 1)));
                }
                if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                    continue;
                }
                String name = pattern.getSubstring(pattern.getPart(i + 1));
                switch (part.getArgType()) {
                    case PLURAL, SELECTORDINAL -> counted.add(name);
                    case SELECT -> samples.putIfAbsent(name, firstSelector(pattern, i));
                    case SIMPLE -> samples.putIfAbsent(name, simpleSample(pattern.getSubstring(pattern.getPart(i + 2))));
                    default -> samples.putIfAbsent(name, "[" + name + "]");
                }
            }
            return new Arguments(samples, counted, exact);
        }

        Map<String, Object> values(Number count) {
            Map<String, Object> values = new HashMap<>(samples);
            counted.forEach(name -> values.put(name, count));
            return values;
        }

        /** The first case a select names besides {@code other}, so the preview shows a real branch. */
        private static String firstSelector(MessagePattern pattern, int start) {
            int limit = pattern.getLimitPartIndex(start);
            for (int j = start + 1; j < limit; j++) {
                MessagePattern.Part inner = pattern.getPart(j);
                if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    String selector = pattern.getSubstring(inner);
                    if (!selector.equals("other")) {
                        return selector;
                    }
                    j = pattern.getLimitPartIndex(j + 1);
                }
            }
            return "other";
        }

        private static Object simpleSample(String type) {
            return switch (type.toLowerCase(Locale.ROOT)) {
                case "date", "time" -> SAMPLE_DATE;
                default -> SAMPLE_NUMBER;
            };
        }
    }
}
