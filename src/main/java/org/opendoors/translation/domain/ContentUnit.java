package org.opendoors.translation.domain;

/**
 * One translatable text of the city's content, as an XLIFF unit: a stable id that says where it lives
 * ({@code school.escola-la-sinia.daily_life}; XLIFF ids are NMTOKENs), what it is, the source text and the translation if there is one.
 */
public record ContentUnit(String id, String context, String source, String target) {
}
