package org.opendoors.school.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One of a school's photos: its pixels as the portal keeps them (a JPEG without metadata), and what it shows in
 * words for people who cannot see it, per language. A photo reaches families only once it is described in every
 * portal language: a blind parent reading Urdu must not meet a photo that says nothing.
 */
public final class SchoolPhoto {

    /** How many photos a school shows: enough to see the place, few enough to keep a profile light on a phone. */
    public static final int MOST_PER_SCHOOL = 6;

    private final String id;
    private final int width;
    private final int height;
    private final String sha256;
    private final byte[] jpeg;
    private final Map<String, String> descriptions;

    public SchoolPhoto(String id, int width, int height, String sha256, byte[] jpeg, Map<String, String> descriptions) {
        this.id = id;
        this.width = width;
        this.height = height;
        this.sha256 = sha256;
        this.jpeg = jpeg.clone();
        this.descriptions = new TreeMap<>(descriptions);
    }

    public String getId() {
        return id;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    /** The SHA-256 of the bytes: the photo's addresses change when, and only when, its pixels do. */
    public String getSha256() {
        return sha256;
    }

    public byte[] jpeg() {
        return jpeg.clone();
    }

    /** The text alternative in a language, when that language's texts describe the photo. */
    public Optional<String> descriptionIn(String language) {
        return Optional.ofNullable(descriptions.get(language));
    }

    /** The languages whose texts do not describe the photo yet. */
    public java.util.List<String> undescribedIn(Collection<String> languages) {
        return languages.stream().filter(language -> !descriptions.containsKey(language)).toList();
    }
}
