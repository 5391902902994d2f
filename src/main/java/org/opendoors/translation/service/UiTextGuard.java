package org.opendoors.translation.service;

import com.ibm.icu.text.MessagePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.GuardFinding;
import org.opendoors.content.guard.domain.GuardRuleSet;
import org.opendoors.content.guard.service.ContentGuard;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.translation.domain.BundleFinding;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The content guard over UI strings: a menu label or a heading reaches every family page, so "the best school" in a
 * translated string is refused like it is in a school's profile, by the rules the city has published.
 * <p>
 * Two differences from content. The rules alone read UI strings: the model learned from whole sentences refuses
 * single words it never saw as ordinary ("Districte", "Écoles"), 104 of the shipped strings. And a translation may
 * name what its English source names, and the strings that explain why the portal shows no rankings, test scores or
 * composition say those words on purpose: their context in {@code i18n/messages.properties} starts with
 * {@value #NAMES_WHAT_IS_NEVER_SHOWN}, which translators read too.
 */
@ApplicationScoped
public class UiTextGuard {

    /** After these parts of a pattern, the text up to the next part is words a family reads. */
    private static final Set<MessagePattern.Part.Type> BEFORE_WORDS = EnumSet.of(MessagePattern.Part.Type.MSG_START,
            MessagePattern.Part.Type.ARG_LIMIT, MessagePattern.Part.Type.SKIP_SYNTAX,
            MessagePattern.Part.Type.INSERT_CHAR, MessagePattern.Part.Type.REPLACE_NUMBER);

    /** The mark, in a string's context, of a string that names what families are never shown in order to say so. */
    public static final String NAMES_WHAT_IS_NEVER_SHOWN = "[names what is never shown]";

    @Inject
    private PublishedCity publishedCity;

    /** For the container. */
    protected UiTextGuard() {
    }

    /** Outside a container: the rules of the city {@code publishedCity} serves. */
    UiTextGuard(PublishedCity publishedCity) {
        this.publishedCity = publishedCity;
    }

    /** The published city's rules alone, made once per published city. */
    record UiStringRules(ContentGuard guard) {
    }

    /** The check of a refusal by the guard, followed by its category. */
    public static final String GUARD_CHECK = "guard:";

    /** The category a refusal of the guard names in its check; empty for the other checks. */
    public static java.util.Optional<org.opendoors.content.guard.domain.GuardCategory> categoryOf(BundleFinding refusal) {
        if (!refusal.check().startsWith(GUARD_CHECK)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(org.opendoors.content.guard.domain.GuardCategory.valueOf(
                    refusal.check().substring(GUARD_CHECK.length()).toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    /** The phrase a refusal's message quotes first ({@link GuardFinding#message}). */
    public static String phraseOf(BundleFinding refusal) {
        String message = refusal.message();
        int end = message.startsWith("\"") ? message.indexOf('"', 1) : -1;
        return end > 0 ? message.substring(1, end) : "";
    }

    /** The guard's refusals of {@code text} as errors of the language's bundle, none when it reads as ordinary. */
    public List<BundleFinding> check(SupportedLanguage language, String key, String context, String sourceText,
                                     String text) {
        if (context.startsWith(NAMES_WHAT_IS_NEVER_SHOWN)) {
            return List.of();
        }
        ContentGuard guard = publishedCity.current().derived(UiStringRules.class, snapshot ->
                new UiStringRules(new ContentGuard(snapshot.part(GuardRuleSet.class).rulesAlone().byLanguage()))).guard();
        // The check names the category ("guard:ranking", as a rule is named) and the message starts with the phrase
        // quoted, so a page can say why in its reader's language.
        return refusals(guard, language, sourceText, text).stream().map(finding -> new BundleFinding(
                BundleFinding.Severity.ERROR, "messages_" + language.tag() + ".properties", 0, language.tag(), key,
                GUARD_CHECK + finding.category().name().toLowerCase(java.util.Locale.ROOT), finding.message())).toList();
    }

    /** What {@code guard} refuses in a translation, less the categories its English source names itself. */
    static List<GuardFinding> refusals(ContentGuard guard, SupportedLanguage language, String sourceText, String text) {
        Set<GuardCategory> named = sourceText == null ? Set.of()
                : guard.check(wordsOf(sourceText), MessageCatalog.SOURCE.tag()).stream()
                .map(GuardFinding::category).collect(Collectors.toSet());
        return guard.check(wordsOf(text), language.tag()).stream()
                .filter(finding -> !named.contains(finding.category())).toList();
    }

    /** The words of an ICU message as a family reads them; arguments become a space. */
    static String wordsOf(String message) {
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(message);
        } catch (IllegalArgumentException notAMessage) {
            // The syntax check refuses it anyway; its words are still guarded.
            return message;
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i + 1 < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.SKIP_SYNTAX) {
                // A doubled apostrophe reads as one, inside the word it belongs to.
                words.append(message, part.getLimit(), pattern.getPart(i + 1).getIndex());
            } else if (BEFORE_WORDS.contains(part.getType())) {
                words.append(' ').append(message, part.getLimit(), pattern.getPart(i + 1).getIndex());
            }
        }
        return words.toString().replaceAll("\\s+", " ").strip();
    }
}
