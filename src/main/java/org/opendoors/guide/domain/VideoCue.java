package org.opendoors.guide.domain;

/**
 * One caption of the video guide: what is said from {@code start} to {@code end} seconds, in one language. The times
 * are the source language's (they belong to the video); each language gives its own words.
 */
public record VideoCue(String id, double start, double end, String text) {
}
