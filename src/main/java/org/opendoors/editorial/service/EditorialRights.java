package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.editorial.domain.DocumentAddress;
import org.opendoors.security.domain.Role;
import org.opendoors.security.service.CurrentUser;

import java.util.Locale;
import java.util.Objects;

/** Who may edit which file: translators the texts in languages other than the city's source language only. */
@ApplicationScoped
public class EditorialRights {

    @Inject
    private CityDirectory cityDirectory;
    @Inject
    private CurrentUser user;

    public void requireMayEdit(DocumentAddress address) {
        if (isTranslation(address)) {
            user.require("edit translations", Role.TRANSLATOR, Role.COMMUNICATOR, Role.PUBLISHER, Role.ADMIN);
        } else {
            user.require("edit " + address.kind().label().toLowerCase(Locale.ROOT)
                    + " (translators edit the other languages' texts only)", Role.COMMUNICATOR, Role.PUBLISHER, Role.ADMIN);
        }
    }

    /** A text file in another language than the city's source language. */
    public boolean isTranslation(DocumentAddress address) {
        return address.kind().isTranslatable() && !Objects.equals(address.language(), sourceLanguage());
    }

    /** The published city's source language (read from the city families see, not parsed again from city.yaml). */
    public String sourceLanguage() {
        return cityDirectory.city().getSourceLanguage();
    }
}
