package org.opendoors.web;

import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps clean family URLs ({@code /{lang}/}, {@code /{lang}/schools}, {@code /{lang}/schools/{slug}}) to pages.
 * Everything under a language that matches no page is that language's "not found" page.
 */
public final class FamilyRouter {

    /** What to do with a request path. */
    public sealed interface Decision permits Render, Redirect, NotFamily {
    }

    public record Render(FamilyRoute route) implements Decision {
    }

    public record Redirect(String location) implements Decision {
    }

    /** Not a family page (static resources, the root, other applications' paths): leave it alone. */
    public record NotFamily() implements Decision {
    }

    private static final Pattern LANGUAGE_PATH = Pattern.compile("/([a-z]{2})(/.*)?");
    private static final Pattern SCHOOL_PROFILE = Pattern.compile("/schools/([a-z0-9]+(?:-[a-z0-9]+)*)");

    private FamilyRouter() {
    }

    public static Decision route(String path) {
        Matcher matcher = LANGUAGE_PATH.matcher(path);
        if (!matcher.matches()) {
            return new NotFamily();
        }
        Optional<SupportedLanguage> language = SupportedLanguage.fromTag(matcher.group(1));
        if (language.isEmpty()) {
            return new NotFamily();
        }
        String rest = matcher.group(2);
        if (rest == null) {
            return new Redirect(path + "/");
        }
        SupportedLanguage lang = language.get();
        if (rest.equals("/")) {
            return render(lang, FamilyPage.HOME, rest, null);
        }
        if (rest.equals("/schools")) {
            return render(lang, FamilyPage.SCHOOL_LIST, rest, null);
        }
        if (rest.equals("/schools/")) {
            return new Redirect("/" + lang.tag() + "/schools");
        }
        Matcher profile = SCHOOL_PROFILE.matcher(rest);
        if (profile.matches()) {
            return render(lang, FamilyPage.SCHOOL_PROFILE, rest, profile.group(1));
        }
        return render(lang, FamilyPage.NOT_FOUND, "/", null);
    }

    private static Decision render(SupportedLanguage language, FamilyPage page, String rest, String slug) {
        return new Render(new FamilyRoute(language, page, rest, slug));
    }
}
