package org.opendoors.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph or a bulleted list of a content text. Content is plain text (paragraphs separated by blank lines,
 * list lines starting with "- "), so pages render it escaped and no markup from a file can reach a family's browser.
 */
public record TextBlock(boolean list, List<String> lines) {

    public String getText() {
        return String.join(" ", lines);
    }

    public boolean isList() {
        return list;
    }

    public List<String> getItems() {
        return lines;
    }

    public static List<TextBlock> parse(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        List<String> current = new ArrayList<>();
        boolean currentIsList = false;
        for (String raw : text.strip().split("\\R")) {
            String line = raw.strip();
            boolean item = line.startsWith("- ");
            if (line.isEmpty() || (!current.isEmpty() && item != currentIsList)) {
                flush(blocks, current, currentIsList);
                current = new ArrayList<>();
            }
            if (line.isEmpty()) {
                continue;
            }
            currentIsList = item;
            current.add(item ? line.substring(2).strip() : line);
        }
        flush(blocks, current, currentIsList);
        return blocks;
    }

    private static void flush(List<TextBlock> blocks, List<String> lines, boolean list) {
        if (!lines.isEmpty()) {
            blocks.add(new TextBlock(list, List.copyOf(lines)));
        }
    }
}
