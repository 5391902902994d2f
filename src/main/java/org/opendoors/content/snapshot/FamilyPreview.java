package org.opendoors.content.snapshot;



/**
 * A back-office preview: a family page rendered from the unpublished city (see the back office's PreviewCity), chosen
 * as the {@link RenderedCity} of that one request. Caches that serve families never keep anything computed from it.
 */
public final class FamilyPreview {

    /** Family URLs under this path show the unpublished city: /admin/preview/ur/guide?newcomer=yes. */
    public static final String PATH = "/admin/preview";

    private FamilyPreview() {
    }
}
