package org.opendoors.translation.domain;

/**
 * The message rendered with one set of sample values: {@code label} says which (a plural category with its
 * number, "one · 1", an exact value "=0", or "sample" for a message without plurals).
 */
public record PreviewSample(String label, String rendered) {
}
