package org.opendoors.editorial.domain;

/** A new version of a content file was saved and committed (nothing is fired for a save that changed nothing). */
public record VersionSaved(String path, int version) {
}
