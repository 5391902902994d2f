package org.opendoors.content.reader;

import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentRejectedException;

import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs the whole-folder validation over content files held in memory (the back office's versions, an uploaded
 * archive), so they are checked by exactly the rules a content folder on disk is checked by — in memory, without
 * writing a file.
 */
public final class FolderCheck {

    private FolderCheck() {
    }

    /**
     * Reads the files as a content folder, guarding the texts of the files {@code guardedFiles} names. A file that
     * cannot even be placed in a folder (say, where another file needs a folder) is reported with the rest.
     */
    public static CityContent read(Map<String, String> files, Predicate<String> guardedFiles) throws ContentRejectedException {
        return ContentFolderReader.read(ContentFiles.inMemory(files, new Problems()), guardedFiles);
    }
}
