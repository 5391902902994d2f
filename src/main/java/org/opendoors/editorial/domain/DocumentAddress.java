package org.opendoors.editorial.domain;

/**
 * Where a content file belongs: its path in the content folder, its kind, the item it is part of (a school, a
 * block, the guide, the city) and, for texts, its language.
 */
public record DocumentAddress(String path, DocumentKind kind, String item, String language) {

    /** The same item's file in another language (texts only). */
    public String pathIn(String otherLanguage) {
        int slash = path.lastIndexOf('/');
        return path.substring(0, slash + 1) + otherLanguage + ".yaml";
    }
}
