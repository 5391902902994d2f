package org.opendoors.school.web;

import org.opendoors.school.domain.School;
import org.opendoors.school.service.SchoolDirectory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The schools a family picked, from {@code ?school=a&school=b}, in the order given, unknown ones left out. */
final class ChosenSchools {

    static final String PARAMETER = "school";

    private ChosenSchools() {
    }

    static List<School> from(Map<String, String[]> parameters, SchoolDirectory directory, int limit) {
        String[] slugs = parameters.getOrDefault(PARAMETER, new String[0]);
        return Arrays.stream(slugs).map(String::strip).distinct()
                .map(directory::find).flatMap(Optional::stream)
                .limit(limit).toList();
    }
}
