package org.opendoors.guide.web;

import org.opendoors.content.text.TextBlock;

import java.util.List;

/** A step of the application as the guide shows it: its title and dates from the calendar, and what to do. */
public record GuideStepView(String title, String titleLang, String dates, String isoStart, List<TextBlock> blocks,
                            List<TextBlock> easyBlocks) {

    public String getTitle() {
        return title;
    }

    public String getTitleLang() {
        return titleLang;
    }

    public String getDates() {
        return dates;
    }

    public String getIsoStart() {
        return isoStart;
    }

    public List<TextBlock> getBlocks() {
        return blocks;
    }

    /** The step in easy read, one paragraph a line; empty when the guide has no easy-read version. */
    public List<TextBlock> getEasyBlocks() {
        return easyBlocks;
    }
}
