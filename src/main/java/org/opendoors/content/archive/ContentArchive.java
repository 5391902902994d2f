package org.opendoors.content.archive;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The whole city as one zip: exported as a {@code content/} folder, and imported back after a check of the whole
 * folder, file by file. Files are given and taken as path → UTF-8 text, paths relative to the content folder
 * ({@code schools/escola-x/ar.yaml}). This class only reads and checks; storing an acceptable import is the caller's.
 */
@ApplicationScoped
public class ContentArchive {

    private final ArchiveLimits limits;

    public ContentArchive() {
        this(ArchiveLimits.defaults());
    }

    public ContentArchive(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * A zip of the files under one top folder {@code content/}, sorted, with UTF-8 names and texts and a fixed date:
     * the same files always give the same bytes.
     *
     * @throws IllegalArgumentException when a path is not a plain relative path ({@code ..}, absolute, backslashes)
     */
    public byte[] zip(Map<String, String> files) {
        return ContentZip.zip(files);
    }

    /**
     * Reads an uploaded zip and checks the content folder in it whole (the content guard included) against the city's
     * current files. The content folder is the archive's {@code content/} folder, its top, or its one top folder —
     * wherever city.yaml is. Nothing is stored; the temporary copies are deleted before this returns.
     *
     * @param current the city's content files now, path → text
     * @param upload  the uploaded bytes (not closed here)
     * @throws IOException only when the upload itself cannot be read or the temporary copy cannot be written
     */
    public ImportReport check(Map<String, String> current, InputStream upload) throws IOException {
        return ImportCheck.check(current, new ArchiveReader(limits).read(upload));
    }
}
