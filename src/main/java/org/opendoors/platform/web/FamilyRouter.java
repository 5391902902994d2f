package org.opendoors.platform.web;

import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps clean family URLs ({@code /{lang}/}, {@code /{lang}/schools}, {@code /{lang}/schools/{slug}},
 * {@code /{lang}/compare}, {@code /{lang}/shortlist}, {@code /{lang}/guide}, {@code /{lang}/why}) to pages, and
 * an open day's calendar file ({@code /{lang}/schools/{slug}/open-day-{n}.ics}) to its servlet. Everything under a
 * language that matches no page is that language's "not found" page.
 */
public final class FamilyRouter {

    /** Where {@code OpenDayCalendarServlet} listens; only reached by forward from the family routing filter. */
    public static final String OPEN_DAY_SERVLET = "/internal/open-day.ics";

    /** What to do with a request path. */
    public sealed interface Decision permits Render, Redirect, NotFamily, OpenDayFile {
    }

    /** An open day as a calendar file, served by a servlet rather than a Faces view. */
    public record OpenDayFile(SupportedLanguage language, String slug, int number) implements Decision {
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
    private static final Pattern OPEN_DAY = Pattern.compile("/schools/([a-z0-9]+(?:-[a-z0-9]+)*)/open-day-([1-9][0-9]?)\\.ics");
    private static final Map<String, FamilyView> FIXED_PAGES = Map.of(
            "/", FamilyView.HOME, "/schools", FamilyView.SCHOOL_LIST, "/compare", FamilyView.COMPARE,
            "/shortlist", FamilyView.SHORTLIST, "/guide", FamilyView.GUIDE, "/why", FamilyView.WHY_THIS_ORDER);

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
        FamilyView fixed = FIXED_PAGES.get(rest);
        if (fixed != null) {
            return render(lang, fixed, rest, null);
        }
        if (rest.length() > 1 && rest.endsWith("/") && FIXED_PAGES.containsKey(rest.substring(0, rest.length() - 1))) {
            return new Redirect("/" + lang.tag() + rest.substring(0, rest.length() - 1));
        }
        Matcher openDay = OPEN_DAY.matcher(rest);
        if (openDay.matches()) {
            return new OpenDayFile(lang, openDay.group(1), Integer.parseInt(openDay.group(2)));
        }
        Matcher profile = SCHOOL_PROFILE.matcher(rest);
        if (profile.matches()) {
            return render(lang, FamilyView.SCHOOL_PROFILE, rest, profile.group(1));
        }
        return render(lang, FamilyView.NOT_FOUND, "/", null);
    }

    private static Decision render(SupportedLanguage language, FamilyView page, String rest, String slug) {
        return new Render(new FamilyRoute(language, page, rest, slug));
    }
}
