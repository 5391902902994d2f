package org.opendoors.guide.web;

import org.opendoors.content.text.TextBlock;

import java.util.List;

/** A step of the application as the guide shows it: its title and dates from the calendar, and what to do. */
public record GuideStepView(String title, String titleLang, String dates, String isoStart, List<TextBlock> blocks) {

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
}
