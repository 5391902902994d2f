package org.opendoors.translation.service;

import org.opendoors.i18n.domain.StaffWording;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.translation.domain.BundleFile;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.domain.BundleFinding.Severity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the UI bundles against the English source before families see them: missing and obsolete keys, ICU
 * syntax, arguments, plural categories each language needs, untranslated copies, stray bidi and control
 * characters, unbalanced markup, and translations made from an older source (stale).
 */
public final class BundleChecker {

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z!?][^<>]{0,200}>");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Set<Integer> BIDI_OPENERS = Set.of(0x202A, 0x202B, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068);
    private static final int POP_DIRECTIONAL_FORMATTING = 0x202C;
    private static final int POP_DIRECTIONAL_ISOLATE = 0x2069;
    private static final String IDENTICAL_TO_SOURCE = "identical-to-source";

    private BundleChecker() {
    }

    public static List<BundleFinding> check(BundleFile source, Map<SupportedLanguage, BundleFile> translations,
                                            Properties sidecar) {
        List<BundleFinding> findings = new ArrayList<>();
        for (Map.Entry<String, String> message : source.messages().entrySet()) {
            checkMessage(new Place(source.fileName(), source.lineOf(message.getKey())), MessageCatalog.SOURCE,
                    message.getKey(), message.getValue(), findings);
        }
        for (SupportedLanguage language : SupportedLanguage.values()) {
            BundleFile file = translations.get(language);
            boolean overridesOnly = language == MessageCatalog.SOURCE;
            if (file == null) {
                if (!overridesOnly) {
                    findings.add(new BundleFinding(Severity.ERROR, "messages_" + language.tag() + ".properties", 0,
                            language.tag(), "", "missing-file", StaffWording.of("translation.check.missingFile",
                            "language", language.ownName())));
                }
                continue;
            }
            if (!overridesOnly) {
                for (String key : source.messages().keySet()) {
                    if (!file.messages().containsKey(key)) {
                        findings.add(finding(Severity.ERROR, file, language, key, "missing",
                                StaffWording.of("translation.check.missing")));
                    }
                }
            }
            for (Map.Entry<String, String> message : file.messages().entrySet()) {
                String key = message.getKey();
                String text = message.getValue();
                if (!source.messages().containsKey(key)) {
                    findings.add(finding(Severity.WARNING, file, language, key, "obsolete",
                            StaffWording.of("translation.check.obsolete")));
                    continue;
                }
                String sourceText = source.messages().get(key);
                boolean confirmed = fingerprint(sourceText).equals(sidecar.getProperty(key + ".source." + language.tag()));
                if (!overridesOnly && !confirmed) {
                    findings.add(finding(Severity.WARNING, file, language, key, "stale",
                            StaffWording.of("translation.check.stale")));
                }
                for (BundleFinding found : checkTranslation(new Place(file.fileName(), file.lineOf(key)), language, key,
                        sourceText, text)) {
                    // A copy of the source a translator confirmed ("No", "E-mail") is deliberate.
                    if (!(confirmed && found.check().equals(IDENTICAL_TO_SOURCE))) {
                        findings.add(found);
                    }
                }
            }
        }
        return findings;
    }

    /** The first eight bytes of the SHA-256 of a source text, in hex: what the sidecar records per translation. */
    public static String fingerprint(String sourceText) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sourceText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The checks of one translated message against its English source, as the translator's editor runs them on
     * save: an empty text, characters, markup, ICU syntax, plural categories the language needs, arguments and their types, and a
     * warning when the text is a copy of the source. Staleness is not a property of the text: see {@link #check}.
     * Findings name {@code messages_<lang>.properties} without a line.
     */
    /** Ten times the longest English message (why.scores_text, 800 characters): room for any language, no more. */
    static final int MAX_MESSAGE_CHARS = 10_000;

    public static List<BundleFinding> checkTranslation(SupportedLanguage language, String key, String sourceText,
                                                       String text) {
        return checkTranslation(new Place("messages_" + language.tag() + ".properties", 0), language, key, sourceText, text);
    }

    private static List<BundleFinding> checkTranslation(Place place, SupportedLanguage language, String key,
                                                        String sourceText, String text) {
        List<BundleFinding> findings = new ArrayList<>();
        if (text.length() > MAX_MESSAGE_CHARS) {
            // Refused before ICU parses it: a message's length bounds the work every check below does.
            findings.add(finding(Severity.ERROR, place, language, key, "length", StaffWording.of("translation.check.length",
                    "length", text.length(), "max", MAX_MESSAGE_CHARS)));
            return findings;
        }
        if (language != MessageCatalog.SOURCE && text.isBlank()) {
            findings.add(finding(Severity.ERROR, place, language, key, "empty", StaffWording.of("translation.check.empty")));
            return findings;
        }
        Optional<Shape> shape = checkMessage(place, language, key, text, findings);
        Optional<Shape> expected = shapeOf(sourceText);
        if (shape.isPresent() && expected.isPresent()) {
            compare(place, language, key, expected.get(), shape.get(), findings);
        }
        if (language != MessageCatalog.SOURCE && text.equals(sourceText)
                && text.replaceAll("\\{[^{}]*\\}", "").codePoints().anyMatch(Character::isLetter)) {
            findings.add(finding(Severity.WARNING, place, language, key, IDENTICAL_TO_SOURCE,
                    StaffWording.of("translation.check.identical")));
        }
        return findings;
    }

    /** Where a finding is: a file and a line (0 when the text is not in a file yet). */
    private record Place(String file, int line) {
    }

    /** Arguments, their types, and the plural/select selectors of one message. */
    record Shape(Map<String, String> argumentTypes, List<Set<String>> pluralSelectors) {
    }

    /** The source's shape, or empty when the source itself is broken (reported once, by the source's own check). */
    private static Optional<Shape> shapeOf(String sourceText) {
        try {
            return Optional.of(shape(new MessagePattern(sourceText)));
        } catch (IllegalArgumentException broken) {
            return Optional.empty();
        }
    }

    private static Optional<Shape> checkMessage(Place place, SupportedLanguage language, String key, String text,
                                                List<BundleFinding> findings) {
        characters(place, language, key, text, findings);
        markup(place, language, key, text, findings);
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        } catch (IllegalArgumentException e) {
            boolean noOther = e.getMessage() != null && e.getMessage().contains("'other'");
            findings.add(finding(Severity.ERROR, place, language, key, noOther ? "missing-other" : "icu-syntax",
                    noOther ? StaffWording.of("translation.check.missingOther")
                            : StaffWording.of("translation.check.icuSyntax", "detail", String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
        Shape shape = shape(pattern);
        Set<String> needed = PluralRules.forLocale(language.locale()).getKeywords();
        for (Set<String> selectors : shape.pluralSelectors()) {
            Set<String> lacking = new TreeSet<>(needed);
            lacking.removeAll(selectors);
            if (!lacking.isEmpty()) {
                findings.add(finding(Severity.ERROR, place, language, key, "plural-categories",
                        StaffWording.of("translation.check.pluralCategories", "language", language.ownName(),
                                "needed", new TreeSet<>(needed).toString(), "lacking", lacking.toString())));
            }
        }
        return Optional.of(shape);
    }

    private static void compare(Place place, SupportedLanguage language, String key, Shape expected, Shape actual,
                                List<BundleFinding> findings) {
        if (!expected.argumentTypes().keySet().equals(actual.argumentTypes().keySet())) {
            Set<String> missing = new TreeSet<>(expected.argumentTypes().keySet());
            missing.removeAll(actual.argumentTypes().keySet());
            Set<String> extra = new TreeSet<>(actual.argumentTypes().keySet());
            extra.removeAll(expected.argumentTypes().keySet());
            findings.add(finding(Severity.ERROR, place, language, key, "arguments",
                    StaffWording.of("translation.check.arguments", "hasMissing", missing.isEmpty() ? "no" : "yes",
                            "missing", missing.toString(), "hasExtra", extra.isEmpty() ? "no" : "yes",
                            "extra", extra.toString())));
        } else if (!expected.argumentTypes().equals(actual.argumentTypes())) {
            findings.add(finding(Severity.ERROR, place, language, key, "argument-types",
                    StaffWording.of("translation.check.argumentTypes", "expected", expected.argumentTypes().toString(),
                            "actual", actual.argumentTypes().toString())));
        }
    }

    private static Shape shape(MessagePattern pattern) {
        Map<String, String> types = new TreeMap<>();
        List<Set<String>> plurals = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String name = pattern.getSubstring(pattern.getPart(i + 1));
            MessagePattern.ArgType argType = part.getArgType();
            String type = argType.name().toLowerCase(Locale.ROOT);
            if (argType == MessagePattern.ArgType.SIMPLE) {
                type = pattern.getSubstring(pattern.getPart(i + 2));
            }
            types.merge(name, type, (a, b) -> a.equals(b) ? a : a + "|" + b);
            if (argType == MessagePattern.ArgType.PLURAL) {
                Set<String> selectors = new TreeSet<>();
                int limit = pattern.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part inner = pattern.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        String selector = pattern.getSubstring(inner);
                        if (!selector.startsWith("=")) {
                            selectors.add(selector);
                        }
                        j = pattern.getLimitPartIndex(j + 1);
                    }
                }
                plurals.add(selectors);
            }
        }
        return new Shape(types, plurals);
    }

    /** Control characters and embeddings or isolates left open make text render out of order or invisibly. */
    private static void characters(Place place, SupportedLanguage language, String key, String text,
                                   List<BundleFinding> findings) {
        int open = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.CONTROL || c == 0xFEFF) {
                findings.add(finding(Severity.ERROR, place, language, key, "control-character",
                        StaffWording.of("translation.check.controlCharacter", "code", String.format("U+%04X", c))));
                return;
            }
            if (BIDI_OPENERS.contains(c)) {
                open++;
            } else if (c == POP_DIRECTIONAL_FORMATTING || c == POP_DIRECTIONAL_ISOLATE) {
                open--;
                if (open < 0) {
                    break;
                }
            }
        }
        if (open != 0) {
            findings.add(finding(Severity.ERROR, place, language, key, "bidi-control",
                    StaffWording.of("translation.check.bidiControl")));
        }
    }

    /**
     * UI strings are plain text: the portal writes them escaped, so a tag or a character reference would show as
     * typed on every family page (a translator's {@code <b>} in the Arabic menu did), and none of the English source
     * has one. The first one found is named, so the translator sees what to take out.
     */
    private static void markup(Place place, SupportedLanguage language, String key, String text,
                               List<BundleFinding> findings) {
        Matcher tag = TAG.matcher(text);
        Matcher reference = CHARACTER_REFERENCE.matcher(text);
        String found = tag.find() ? tag.group() : reference.find() ? reference.group() : null;
        if (found != null) {
            findings.add(finding(Severity.ERROR, place, language, key, "markup",
                    StaffWording.of("translation.check.markup", "found", found)));
        }
    }

    private static BundleFinding finding(Severity severity, BundleFile file, SupportedLanguage language, String key,
                                         String check, StaffWording wording) {
        return finding(severity, new Place(file.fileName(), file.lineOf(key)), language, key, check, wording);
    }

    private static BundleFinding finding(Severity severity, Place place, SupportedLanguage language, String key,
                                         String check, StaffWording wording) {
        return new BundleFinding(severity, place.file(), place.line(), language.tag(), key, check, wording);
    }
}
