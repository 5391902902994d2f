package org.opendoors.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.opendoors.content.snapshot.FamilyPreview;
import org.opendoors.content.snapshot.RenderedCity;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.List;
import java.util.Locale;

/**
 * The language of the family page being rendered, and the same page in the other languages (for the switcher
 * and the {@code hreflang} links). Decided once per request from the URL.
 */
@Named("page")
@RequestScoped
public class PageLanguage {

    /** One entry of the language switcher. (Getters because Faces 4's EL does not read record components.) */
    public record Alternate(String lang, String dir, String ownName, String href, String absoluteHref,
                            boolean current) {

        public String getLang() {
            return lang;
        }

        public String getDir() {
            return dir;
        }

        public String getOwnName() {
            return ownName;
        }

        public String getHref() {
            return href;
        }

        public String getAbsoluteHref() {
            return absoluteHref;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    @Inject
    private HttpServletRequest request;
    @Inject
    private RenderedCity renderedCity;

    private FamilyRoute route;
    private String origin;
    private List<Alternate> alternates;

    @PostConstruct
    void init() {
        route = (FamilyRoute) request.getAttribute(FamilyRoute.REQUEST_ATTRIBUTE);
        if (route == null) {
            throw new IllegalStateException("A family page was rendered without its route: " + request.getRequestURI());
        }
        origin = PublicOrigin.of(request);
        String canonical = FamilyQuery.of(request).canonical();
        String query = canonical.isEmpty() ? "" : "?" + canonical;
        alternates = SupportedLanguage.all().stream().map(language -> {
            String href = base() + route.pathIn(language) + query;
            return new Alternate(language.tag(), language.direction(), language.ownName(), href, origin + href,
                    language == route.language());
        }).toList();
    }

    public SupportedLanguage getLanguage() {
        return route.language();
    }

    public FamilyRoute getRoute() {
        return route;
    }

    public String getLang() {
        return route.language().tag();
    }

    public String getDir() {
        return route.language().direction();
    }

    public Locale getLocale() {
        return route.language().locale().toLocale();
    }

    public List<Alternate> getAlternates() {
        return alternates;
    }

    /** A path in the page's language: {@code link('/schools')} gives {@code /fr/schools}. */
    public String link(String pathInLanguage) {
        return base() + "/" + getLang() + pathInLanguage;
    }

    /** This page, in its language, with another query (the same page in easy read, say). */
    public String withQuery(FamilyQuery query) {
        return base() + route.pathIn(route.language()) + (query.isEmpty() ? "" : "?" + query.canonical());
    }

    /** Where family paths start: the site, or inside a back-office preview, the preview, so its links stay in it. */
    private String base() {
        return request.getContextPath() + (renderedCity.isPreview() ? FamilyPreview.PATH : "");
    }

    /** A path of this site as a full URL, for QR codes and calendar files that leave the browser. */
    public String absolute(String path) {
        return origin + path;
    }

    /** The language-negotiating root, the {@code x-default} of the {@code hreflang} links. */
    public String getRootAbsoluteHref() {
        return origin + request.getContextPath() + "/";
    }
}
