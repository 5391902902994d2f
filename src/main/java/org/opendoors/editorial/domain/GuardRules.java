package org.opendoors.editorial.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A language's rules, and the ordinary phrases that look like them but are fine ("the top floor", "a music
 * score", "we do our best"): a refused phrase that lies inside an allowed one is not a finding.
 */
public record GuardRules(String language, List<GuardRule> rules, List<Pattern> allowed) {
}
