package org.opendoors.content.snapshot;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * The city one request renders, chosen once when the request is routed (the published snapshot of that moment, or a
 * preview's unpublished city) and kept for the whole request: every read of the render answers from the same
 * snapshot, so a page is never half the old city and half the new one, and the page cache knows exactly which
 * publish a page shows. Held by the request itself, so nothing has to remember to clear it.
 */
@RequestScoped
public class RenderedCity {

    private CitySnapshot city;

    /** Chooses the city of this request; a request renders one city only. */
    public void choose(CitySnapshot chosen) {
        if (city != null && city != chosen) {
            throw new IllegalStateException("This request already renders revision " + city.revision());
        }
        city = chosen;
    }

    /** The city chosen for this request, if the request renders a family page. */
    public Optional<CitySnapshot> chosen() {
        return Optional.ofNullable(city);
    }

    /** Whether this request renders a back-office preview (links then stay inside the preview). */
    public boolean isPreview() {
        return city != null && city.isPreview();
    }
}
