package org.opendoors.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LanguageNegotiator;
import org.opendoors.security.service.CurrentUser;
import org.opendoors.security.service.StaffDirectory;

/**
 * The language the back office speaks to whoever is reading this page: the one their account names, otherwise the
 * best match ICU finds for their browser's languages, otherwise English. Read again on every request, so a change on
 * the account page shows on the very next page.
 */
@Named
@RequestScoped
public class StaffLanguage {

    private static final LanguageNegotiator NEGOTIATOR = new LanguageNegotiator();

    @Inject
    private CurrentUser user;
    @Inject
    private StaffDirectory directory;
    /** The request itself, not Faces' view of it: servlets (the translator's live preview) speak the staff's language too. */
    @Inject
    private HttpServletRequest request;

    private SupportedLanguage language;

    public SupportedLanguage language() {
        if (language == null) {
            language = (user.isSignedIn() ? directory.find(user.name()).flatMap(account -> account.getStaffLanguage())
                    : java.util.Optional.<SupportedLanguage>empty())
                    .orElseGet(() -> NEGOTIATOR.negotiate(request.getHeader("Accept-Language")));
        }
        return language;
    }

    /** The account's setting was just changed: the rest of this request speaks the new language. */
    public void forget() {
        language = null;
    }

    /** For the {@code lang} attribute of the page. */
    public String getTag() {
        return language().tag();
    }

    /** For the {@code dir} attribute of the page: Arabic and Urdu staff read the back office right to left. */
    public String getDirection() {
        return language().direction();
    }
}
