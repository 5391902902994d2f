package org.opendoors.school.domain;

import java.util.List;
import java.util.Optional;

public interface SchoolRepository {

    /** Every school, in no particular order: ordering is a family-facing decision made per language. */
    List<School> all();

    Optional<School> bySlug(String slug);
}
