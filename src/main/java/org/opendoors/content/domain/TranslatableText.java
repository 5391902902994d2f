package org.opendoors.content.domain;



/**
 * One text of the city a translator translates: a stable id (the XLIFF unit), what it is in words (the context a
 * translation tool shows), the file its translation is written to, the source text and the translation, if any.
 */
public record TranslatableText(String id, String context, String file, String source, String target) {
}
