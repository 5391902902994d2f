package org.opendoors.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether the family asked for the easy-read version of the page ({@code read=easy}), and the links that switch
 * between it and the full text. The choice lives in the URL, not in a cookie: it is kept by the language switcher,
 * a bookmark or a link shared with another family, and each version is cached under its own address.
 */
@Named
@RequestScoped
public class EasyReading {

    public static final String PARAMETER = "read";
    public static final String EASY = "easy";

    @Inject
    private HttpServletRequest request;
    @Inject
    private PageLanguage page;

    private FamilyQuery query;

    @PostConstruct
    void init() {
        query = FamilyQuery.of(request);
    }

    /** The family asked for easy read; the page shows it where it has an easy-read text. */
    public boolean isAsked() {
        return EASY.equals(query.value(PARAMETER).orElse(null));
    }

    /** This page in easy read, keeping the family's other answers. */
    public String getEasyHref() {
        return page.withQuery(query.with(PARAMETER, EASY, page.getRoute().page().parameters()));
    }

    /** This page with none of the family's answers, in the version the family reads. */
    public String getWithoutAnswersHref() {
        FamilyQuery none = FamilyQuery.read("", page.getRoute().page().parameters());
        return page.withQuery(isAsked() ? none.with(PARAMETER, EASY, page.getRoute().page().parameters()) : none);
    }

    /** This page's full text, keeping the family's other answers. */
    public String getFullHref() {
        return page.withQuery(query.without(PARAMETER));
    }
}
