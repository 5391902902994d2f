package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.FolderCheck;
import org.opendoors.content.snapshot.CitySnapshot;
import org.opendoors.editorial.domain.ContentDocument;

import java.util.List;

/**
 * The city as it would be if every draft were published: the newest version of every file, with the indexes
 * families' pages need. Read once per change (a preview of ten pages reads the files once), never guarded again
 * (each version passed the guard on save).
 */
@ApplicationScoped
public class PreviewCity {

    @Inject
    private ContentLibrary library;
    @Inject
    private PublishedCity publishedCity;

    private String readFor;
    private CitySnapshot city;

    public synchronized CitySnapshot current() throws ContentRejectedException {
        List<ContentDocument> documents = library.all();
        StringBuilder signature = new StringBuilder();
        documents.forEach(document -> signature.append(document.getPath()).append('@').append(document.getHeadVersion()).append(';'));
        String now = signature.toString();
        if (!now.equals(readFor)) {
            city = publishedCity.preview(FolderCheck.read(library.headFiles(), file -> false));
            readFor = now;
        }
        return city;
    }
}
