package org.opendoors.translation.service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where UI strings appear: the views (and compiled classes) whose text names a key. A key counts only as a whole
 * word, so {@code home.title} is not found in {@code home.title_note}. Keys built at run time (an enum's
 * {@code Stage.PRIMARY}) are not found; their context says where they appear.
 */
public final class KeyUsages {

    private final Map<String, String> texts;

    /** @param texts each place's name ({@code /school/list.xhtml}) and its text */
    public KeyUsages(Map<String, String> texts) {
        this.texts = new TreeMap<>(texts);
    }

    public List<String> placesUsing(String key) {
        Pattern word = Pattern.compile("(?<![\\w.])" + Pattern.quote(key) + "(?![\\w.])");
        return texts.entrySet().stream()
                .filter(place -> word.matcher(place.getValue()).find())
                .map(Map.Entry::getKey)
                .toList();
    }
}
