package org.opendoors.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.media.PhotoPreparation;
import org.opendoors.content.media.PhotoRefusedException;
import org.opendoors.content.media.PreparedPhoto;
import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.school.content.SchoolFiles;
import org.opendoors.school.content.SchoolPhotoTexts;
import org.opendoors.school.domain.SchoolPhoto;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Adds or replaces a school photo from the back office: the upload is prepared (bounded, turned upright, every piece
 * of metadata dropped) before anything is stored, and its description in the source language is saved first, so a
 * description the content guard refuses stops the upload before the photo is kept. Both become drafts that go
 * through review like any edit; the other languages' descriptions are then translation tasks.
 */
@ApplicationScoped
public class SchoolPhotoUploads {

    private static final Pattern PHOTO_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int LONGEST_ID = 40;

    @Inject
    private ContentLibrary library;
    @Inject
    private EditorialWorkflow workflow;

    /** What an upload saved. */
    public record Uploaded(String photoPath, boolean replaced, boolean described, PreparedPhoto photo) {
    }

    public static String photoPath(String slug, String id) {
        return SchoolFiles.SCHOOLS_FOLDER + "/" + slug + "/" + SchoolFiles.PHOTOS_FOLDER + "/" + id + ".jpg";
    }

    /** The school's photo files, newest versions, by name. */
    public List<String> photoPaths(String slug) {
        String prefix = SchoolFiles.SCHOOLS_FOLDER + "/" + slug + "/" + SchoolFiles.PHOTOS_FOLDER + "/";
        return library.ofItem(SchoolFiles.SCHOOLS_FOLDER + "/" + slug).stream().map(d -> d.getPath())
                .filter(path -> path.startsWith(prefix)).sorted().toList();
    }

    /**
     * @param description what the photo shows, in the source language; required for a new photo, optional when
     *                    replacing one (the old description is kept)
     */
    public Uploaded upload(String slug, String id, byte[] upload, String description, String note)
            throws PhotoRefusedException, ContentRejectedException, SaveConflict {
        String textsPath = SchoolFiles.SCHOOLS_FOLDER + "/" + slug + "/" + workflow.sourceLanguage() + ".yaml";
        DocumentVersion texts = library.head(textsPath).orElseThrow(() ->
                new IllegalArgumentException("There is no school " + slug));
        String name = id == null ? "" : id.strip();
        if (name.length() > LONGEST_ID || !PHOTO_ID.matcher(name).matches()) {
            throw refused(textsPath, "a photo's name is a short word in lower-case letters, digits and hyphens (garden,"
                    + " music-room), at most " + LONGEST_ID + " characters");
        }
        String path = photoPath(slug, name);
        Optional<DocumentVersion> existing = library.head(path);
        if (existing.isEmpty() && photoPaths(slug).size() >= SchoolPhoto.MOST_PER_SCHOOL) {
            throw refused(path, "the school has " + SchoolPhoto.MOST_PER_SCHOOL + " photos already, the most a"
                    + " profile shows: replace one instead");
        }
        boolean describe = description != null && !description.isBlank();
        if (!describe && SchoolPhotoTexts.description(texts.getBody(), name).isEmpty()) {
            throw refused(textsPath, "say what the photo shows, for people who cannot see it (for example: \"The"
                    + " garden, with vegetable beds and fruit trees\")");
        }
        PreparedPhoto photo = PhotoPreparation.prepare(upload);
        if (describe) {
            workflow.save(textsPath, SchoolPhotoTexts.described(texts.getBody(), name, description.strip()),
                    texts.getNumber(), "Description of the photo " + name);
        }
        workflow.save(path, BinaryFiles.toStored(photo.jpeg()), existing.map(DocumentVersion::getNumber).orElse(0),
                note == null || note.isBlank() ? (existing.isPresent() ? "Photo replaced" : "Photo added") : note);
        return new Uploaded(path, existing.isPresent(), describe, photo);
    }

    private static ContentRejectedException refused(String path, String message) {
        return new ContentRejectedException(List.of(new ContentProblem(path, 0, "photo", message)));
    }
}
