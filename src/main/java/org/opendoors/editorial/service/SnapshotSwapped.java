package org.opendoors.editorial.service;

/**
 * Fired (synchronously, on the thread that swapped) right after {@link PublishedCity} started serving a new
 * snapshot: whatever was kept from older snapshots, such as rendered pages, must go now.
 */
public record SnapshotSwapped(long revision, String reason) {
}
