package org.opendoors.city.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.opendoors.content.domain.ContentPublished;

import java.time.LocalDate;
import org.opendoors.editorial.service.FamilyPreview;
import java.time.ZoneId;

/** Today's date where the city is ("in 3 days" on a profile changes at the city's midnight, not the server's). */
@ApplicationScoped
public class CityClock {

    @Inject
    private CityDirectory city;

    private volatile ZoneId zone;

    public LocalDate today() {
        ZoneId current = zone;
        if (FamilyPreview.isActive()) {
            return LocalDate.now(city.city().getZone());
        }
        if (current == null) {
            current = city.city().getZone();
            zone = current;
        }
        return LocalDate.now(current);
    }

    void onPublish(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentPublished published) {
        zone = null;
    }
}
