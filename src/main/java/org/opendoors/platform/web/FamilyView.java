package org.opendoors.platform.web;

import org.opendoors.platform.web.FamilyQuery.Kind;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The family pages, the Faces views that render them, and the URL parameters each one reads (in the order its
 * forms write them); URLs are decided by {@link FamilyRouter}. A parameter not listed here never reaches a page.
 */
public enum FamilyView {
    HOME("/home/index.xhtml"),
    SCHOOL_LIST("/school/list.xhtml", "q", Kind.TEXT, "stage", Kind.CODES, "district", Kind.CODES,
            "ownership", Kind.CODES, "service", Kind.CODES, "language", Kind.CODES, "approach", Kind.CODES,
            "address", Kind.TEXT, "place", Kind.CODE, "near", Kind.POINT),
    SCHOOL_PROFILE("/school/profile.xhtml", Answers.WITH_READING),
    COMPARE("/school/compare.xhtml", "school", Kind.SLUGS),
    SHORTLIST("/school/shortlist.xhtml", "school", Kind.SLUGS),
    GUIDE("/guide/index.xhtml", Answers.WITH_READING),
    WHY_THIS_ORDER("/home/why.xhtml"),
    NOT_FOUND("/error/not-found.xhtml");

    private final String view;
    private final Map<String, Kind> parameters;

    FamilyView(String view, Object... namesAndKinds) {
        this.view = view;
        Map<String, Kind> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndKinds.length; i += 2) {
            parameters.put((String) namesAndKinds[i], (Kind) namesAndKinds[i + 1]);
        }
        this.parameters = Collections.unmodifiableMap(parameters);
    }

    FamilyView(String view, Map<String, Kind> parameters) {
        this.view = view;
        this.parameters = parameters;
    }

    public String view() {
        return view;
    }

    /** The URL parameters the page reads, and how each is read. */
    public Map<String, Kind> parameters() {
        return parameters;
    }

    /**
     * The optional "About your family" answers, read by the pages that show targeted blocks, and how the family
     * reads them: {@code read=easy} for the easy-read version.
     */
    private static final class Answers {
        static final Map<String, Kind> WITH_READING = orderedAnswers();

        private static Map<String, Kind> orderedAnswers() {
            Map<String, Kind> answers = new LinkedHashMap<>();
            answers.put("newcomer", Kind.YES_NO);
            answers.put("first", Kind.YES_NO);
            answers.put("child_stage", Kind.CODE);
            answers.put("costs", Kind.YES_NO);
            answers.put(EasyReading.PARAMETER, Kind.CODE);
            return Collections.unmodifiableMap(answers);
        }
    }
}
