package org.opendoors.school.content;

import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentKinds;
import org.opendoors.editorial.domain.TextFields;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A school's files as the back office edits them: its facts, its texts per language, and its photos. */
public final class SchoolFileKinds implements DocumentKinds {

    public static final DocumentKind SCHOOL_FACTS = new DocumentKind("SCHOOL_FACTS", "School facts", false, "1 Schools",
            "schools/([a-z0-9-]+)/school\\.yaml", "schools/{1}");
    public static final DocumentKind SCHOOL_TEXTS = new DocumentKind("SCHOOL_TEXTS", "School texts", true, "1 Schools",
            "schools/([a-z0-9-]+)/(?<lang>[a-z]{2,3})\\.yaml", "schools/{1}");

    /** A photo: replaced or removed whole, never edited as text (its version's text is the Base64 of its bytes). */
    public static final DocumentKind SCHOOL_PHOTO = new DocumentKind("SCHOOL_PHOTO", "School photo", false, "1 Schools",
            "schools/([a-z0-9-]+)/photos/[a-z0-9]+(?:-[a-z0-9]+)*\\.jpg", "schools/{1}");

    @Override
    public List<DocumentKind> kinds() {
        return List.of(SCHOOL_FACTS, SCHOOL_TEXTS, SCHOOL_PHOTO);
    }

    /** The school's name from its newest facts; its folder name while those cannot be read. */
    @Override
    public Optional<String> titleOf(String item, Map<String, String> headFiles) {
        if (!item.startsWith(SchoolFiles.SCHOOLS_FOLDER + "/")) {
            return Optional.empty();
        }
        String facts = headFiles.get(item + "/" + SchoolFiles.FACTS_FILE);
        String name = facts == null ? null : TextFields.all(facts).get("name");
        return Optional.of(name == null ? item.substring(SchoolFiles.SCHOOLS_FOLDER.length() + 1) : name);
    }
}
