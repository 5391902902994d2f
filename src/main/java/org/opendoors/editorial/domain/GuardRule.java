package org.opendoors.editorial.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One thing the guard refuses in one language: the patterns that find it (regular expressions over the text,
 * written with the language's inflections), why it is refused, and an asset-based way to say it instead.
 */
public record GuardRule(String id, GuardCategory category, List<Pattern> patterns, String reason, String suggestion) {
}
