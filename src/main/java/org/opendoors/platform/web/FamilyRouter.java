package org.opendoors.platform.web;

import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.Map;
import java.util.Optional;

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

    private static final String SCHOOLS = "/schools/";
    private static final String OPEN_DAY_PREFIX = "open-day-";
    private static final String OPEN_DAY_SUFFIX = ".ics";
    private static final Map<String, FamilyView> FIXED_PAGES = Map.of(
            "/", FamilyView.HOME, "/schools", FamilyView.SCHOOL_LIST, "/compare", FamilyView.COMPARE,
            "/shortlist", FamilyView.SHORTLIST, "/guide", FamilyView.GUIDE, "/why", FamilyView.WHY_THIS_ORDER);

    private FamilyRouter() {
    }

    /**
     * Where {@code path} (the address without the context path, as sent) leads. Read character by character, not
     * with regular expressions: every family request, cached or not, is routed here first.
     */
    public static Decision route(String path) {
        if (path.length() < 3 || path.charAt(0) != '/' || !isLowerLetter(path.charAt(1))
                || !isLowerLetter(path.charAt(2)) || path.length() > 3 && path.charAt(3) != '/'
                || hasLineBreak(path)) {
            return new NotFamily();
        }
        Optional<SupportedLanguage> language = SupportedLanguage.fromTag(path.substring(1, 3));
        if (language.isEmpty()) {
            return new NotFamily();
        }
        if (path.length() == 3) {
            return new Redirect(path + "/");
        }
        String rest = path.substring(3);
        SupportedLanguage lang = language.get();
        FamilyView fixed = FIXED_PAGES.get(rest);
        if (fixed != null) {
            return render(lang, fixed, rest, null);
        }
        if (rest.length() > 1 && rest.endsWith("/") && FIXED_PAGES.containsKey(rest.substring(0, rest.length() - 1))) {
            return new Redirect("/" + lang.tag() + rest.substring(0, rest.length() - 1));
        }
        if (rest.startsWith(SCHOOLS)) {
            String school = rest.substring(SCHOOLS.length());
            int slash = school.indexOf('/');
            if (slash < 0 && isSlug(school)) {
                return render(lang, FamilyView.SCHOOL_PROFILE, rest, school);
            }
            if (slash > 0 && isSlug(school.substring(0, slash))) {
                int number = openDayNumber(school.substring(slash + 1));
                if (number > 0) {
                    return new OpenDayFile(lang, school.substring(0, slash), number);
                }
            }
        }
        return render(lang, FamilyView.NOT_FOUND, "/", null);
    }

    /** Lower-case ASCII letters and digits in groups joined by single hyphens: {@code escola-la-sinia}. */
    static boolean isSlug(String text) {
        if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hyphen = c == '-';
            if (!(isLowerLetter(c) || c >= '0' && c <= '9' || hyphen) || hyphen && text.charAt(i - 1) == '-') {
                return false;
            }
        }
        return true;
    }

    /** The number of {@code open-day-N.ics} (1 to 99, no leading zero), or 0 for any other name. */
    private static int openDayNumber(String file) {
        if (!file.startsWith(OPEN_DAY_PREFIX) || !file.endsWith(OPEN_DAY_SUFFIX)) {
            return 0;
        }
        String digits = file.substring(OPEN_DAY_PREFIX.length(), file.length() - OPEN_DAY_SUFFIX.length());
        boolean valid = (digits.length() == 1 || digits.length() == 2) && digits.charAt(0) >= '1'
                && digits.charAt(0) <= '9' && (digits.length() == 1 || digits.charAt(1) >= '0' && digits.charAt(1) <= '9');
        return valid ? Integer.parseInt(digits) : 0;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** What a regular expression's "." would not have matched: such an address is nobody's page. */
    private static boolean hasLineBreak(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static Decision render(SupportedLanguage language, FamilyView page, String rest, String slug) {
        return new Render(new FamilyRoute(language, page, rest, slug));
    }
}
