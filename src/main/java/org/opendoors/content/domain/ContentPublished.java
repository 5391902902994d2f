package org.opendoors.content.domain;

/**
 * Fired after families' content changed (an import now; a publish later): whatever was derived from the old
 * content — rendered pages, search words — must be dropped.
 */
public record ContentPublished(String reason) {
}
