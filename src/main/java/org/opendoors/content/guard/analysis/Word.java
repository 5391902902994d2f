package org.opendoors.content.guard.analysis;



/**
 * One word of a text as the guard reads it: where it is in the text, its folded form (case, accents, width,
 * script variants and digits made uniform) and its stem. A number is a run of digits in any script or a number
 * written as a word, and not a date, a year or a time of day; a percent is a number with a percent sign beside it.
 */
public record Word(String folded, String stem, int start, int end, boolean number, boolean percent) {
}
