package org.opendoors.translation.domain;

import java.util.List;
import java.util.Optional;

/** The translators' stored changes to the UI bundles. */
public interface UiTranslationRepository {

    List<UiTranslation> all();

    Optional<UiTranslation> find(String language, String key);

    /** Stores a new row; a row found here is managed and saved with its transaction. */
    void add(UiTranslation translation);
}
