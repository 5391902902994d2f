package org.opendoors.translation.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** One bundle file as written: its messages in file order, with the line each key is on. */
public record BundleFile(String fileName, Map<String, String> messages, Map<String, Integer> lines) {

    public BundleFile {
        messages = new LinkedHashMap<>(messages);
        lines = Map.copyOf(lines);
    }

    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }
}
