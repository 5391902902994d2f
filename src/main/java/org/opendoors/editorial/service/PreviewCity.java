package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.FolderCheck;
import org.opendoors.editorial.domain.ContentDocument;

import java.util.List;

/**
 * The city as it would be if every draft were published: the newest version of every file. Read once per change
 * (a preview of ten pages reads the files once), never guarded again (each version passed the guard on save).
 */
@ApplicationScoped
public class PreviewCity {

    @Inject
    private ContentLibrary library;

    private String readFor;
    private CityContent city;

    public synchronized CityContent current() throws ContentRejectedException {
        List<ContentDocument> documents = library.all();
        StringBuilder signature = new StringBuilder();
        documents.forEach(document -> signature.append(document.getPath()).append('@').append(document.getHeadVersion()).append(';'));
        String now = signature.toString();
        if (!now.equals(readFor)) {
            city = FolderCheck.read(library.headFiles(), file -> false);
            readFor = now;
        }
        return city;
    }
}
