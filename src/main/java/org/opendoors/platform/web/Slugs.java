package org.opendoors.platform.web;

import com.ibm.icu.text.Normalizer2;

import java.util.Locale;

/** URL-safe names for things that have only a display name (neighbourhoods): "Camp d'en Roig" → camp-den-roig. */
public final class Slugs {

    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();

    private Slugs() {
    }

    public static String of(String name) {
        String ascii = DECOMPOSE.normalize(name).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("['’·]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
