package org.opendoors.translation.service;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
    private static final Set<Integer> BIDI_OPENERS = Set.of(0x202A, 0x202B, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068);
    private static final int POP_DIRECTIONAL_FORMATTING = 0x202C;
    private static final int POP_DIRECTIONAL_ISOLATE = 0x2069;

    private BundleChecker() {
    }

    public static List<BundleFinding> check(BundleFile source, Map<SupportedLanguage, BundleFile> translations,
                                            Properties sidecar) {
        List<BundleFinding> findings = new ArrayList<>();
        Map<String, Shape> sourceShapes = new TreeMap<>();
        for (Map.Entry<String, String> message : source.messages().entrySet()) {
            checkMessage(source, MessageCatalog.SOURCE, message.getKey(), message.getValue(), findings)
                    .ifPresent(shape -> sourceShapes.put(message.getKey(), shape));
        }
        for (SupportedLanguage language : SupportedLanguage.values()) {
            BundleFile file = translations.get(language);
            boolean overridesOnly = language == MessageCatalog.SOURCE;
            if (file == null) {
                if (!overridesOnly) {
                    findings.add(new BundleFinding(Severity.ERROR, "messages_" + language.tag() + ".properties", 0,
                            language.tag(), "", "missing-file", "The bundle of " + language.ownName() + " is missing."));
                }
                continue;
            }
            if (!overridesOnly) {
                for (String key : source.messages().keySet()) {
                    if (!file.messages().containsKey(key)) {
                        findings.add(finding(Severity.ERROR, file, language, key, "missing",
                                "No translation: families would see the English text."));
                    }
                }
            }
            for (Map.Entry<String, String> message : file.messages().entrySet()) {
                String key = message.getKey();
                String text = message.getValue();
                if (!source.messages().containsKey(key)) {
                    findings.add(finding(Severity.WARNING, file, language, key, "obsolete",
                            "The English source has no such key any more; remove it."));
                    continue;
                }
                checkMessage(file, language, key, text, findings).ifPresent(shape -> {
                    Shape expected = sourceShapes.get(key);
                    if (expected != null) {
                        compare(file, language, key, expected, shape, findings);
                    }
                });
                String madeFrom = sidecar.getProperty(key + ".source." + language.tag());
                boolean confirmed = fingerprint(source.messages().get(key)).equals(madeFrom);
                if (!overridesOnly && !confirmed) {
                    findings.add(finding(Severity.WARNING, file, language, key, "stale",
                            "The English source changed after this translation was made: check it and confirm it."));
                }
                // A copy of the source a translator confirmed ("No", "E-mail") is deliberate.
                if (!overridesOnly && !confirmed && text.equals(source.messages().get(key))
                        && text.replaceAll("\\{[^{}]*\\}", "").codePoints().anyMatch(Character::isLetter)) {
                    findings.add(finding(Severity.WARNING, file, language, key, "identical-to-source",
                            "Same text as the English source: translate it, or confirm that it stays as it is."));
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

    /** Arguments, their types, and the plural/select selectors of one message. */
    record Shape(Map<String, String> argumentTypes, List<Set<String>> pluralSelectors) {
    }

    private static Optional<Shape> checkMessage(BundleFile file, SupportedLanguage language, String key,
                                                          String text, List<BundleFinding> findings) {
        characters(file, language, key, text, findings);
        markup(file, language, key, text, findings);
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        } catch (IllegalArgumentException e) {
            boolean noOther = e.getMessage() != null && e.getMessage().contains("'other'");
            findings.add(finding(Severity.ERROR, file, language, key, noOther ? "missing-other" : "icu-syntax",
                    noOther ? "A plural or select needs an 'other' case." : "Not valid ICU MessageFormat: " + e.getMessage()));
            return Optional.empty();
        }
        Shape shape = shape(pattern);
        Set<String> needed = PluralRules.forLocale(language.locale()).getKeywords();
        for (Set<String> selectors : shape.pluralSelectors()) {
            Set<String> lacking = new TreeSet<>(needed);
            lacking.removeAll(selectors);
            if (!lacking.isEmpty()) {
                findings.add(finding(Severity.ERROR, file, language, key, "plural-categories",
                        language.ownName() + " needs the plural categories " + new TreeSet<>(needed) + "; missing: " + lacking));
            }
        }
        return Optional.of(shape);
    }

    private static void compare(BundleFile file, SupportedLanguage language, String key, Shape expected, Shape actual,
                                List<BundleFinding> findings) {
        if (!expected.argumentTypes().keySet().equals(actual.argumentTypes().keySet())) {
            Set<String> missing = new TreeSet<>(expected.argumentTypes().keySet());
            missing.removeAll(actual.argumentTypes().keySet());
            Set<String> extra = new TreeSet<>(actual.argumentTypes().keySet());
            extra.removeAll(expected.argumentTypes().keySet());
            findings.add(finding(Severity.ERROR, file, language, key, "arguments",
                    "Arguments differ from the English source" + (missing.isEmpty() ? "" : "; missing " + missing)
                            + (extra.isEmpty() ? "" : "; unknown " + extra) + "."));
        } else if (!expected.argumentTypes().equals(actual.argumentTypes())) {
            findings.add(finding(Severity.ERROR, file, language, key, "argument-types",
                    "Argument types differ from the English source: " + expected.argumentTypes() + " there, "
                            + actual.argumentTypes() + " here."));
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
    private static void characters(BundleFile file, SupportedLanguage language, String key, String text,
                                   List<BundleFinding> findings) {
        int open = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.CONTROL || c == 0xFEFF) {
                findings.add(finding(Severity.ERROR, file, language, key, "control-character",
                        String.format("A control character U+%04X is in the text; remove it.", c)));
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
            findings.add(finding(Severity.ERROR, file, language, key, "bidi-control",
                    "A bidirectional embedding or isolate is opened and not closed (or closed and not opened)."));
        }
    }

    private static void markup(BundleFile file, SupportedLanguage language, String key, String text,
                               List<BundleFinding> findings) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            if (!tag.group(3).isEmpty()) {
                continue;
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (tag.group(1).isEmpty()) {
                open.push(name);
            } else if (open.isEmpty() || !open.pop().equals(name)) {
                open.push("unbalanced");
                break;
            }
        }
        if (!open.isEmpty()) {
            findings.add(finding(Severity.ERROR, file, language, key, "markup",
                    "Markup tags are not balanced: every <tag> needs its </tag>, in order."));
        }
    }

    private static BundleFinding finding(Severity severity, BundleFile file, SupportedLanguage language, String key,
                                         String check, String message) {
        return new BundleFinding(severity, file.fileName(), file.lineOf(key), language.tag(), key, check, message);
    }
}
