package org.opendoors.home.web;

/** A step of the application calendar with its dates written in the page language. */
public record CalendarEntry(String title, String titleLang, String dates, String isoStart, boolean fallback) {

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

    public boolean isFallback() {
        return fallback;
    }
}
