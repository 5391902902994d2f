package org.opendoors.targeting.web;

import org.opendoors.content.text.TextBlock;

import java.util.List;

/** A targeted block ready to show: its title and text in the language it is written in. */
public record ShownBlock(String id, String title, List<TextBlock> blocks, String lang, boolean fallback) {

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<TextBlock> getBlocks() {
        return blocks;
    }

    public String getLang() {
        return lang;
    }

    /** Shown in the city's language because the family's translation is missing. */
    public boolean isFallback() {
        return fallback;
    }
}
