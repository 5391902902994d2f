package org.opendoors.school.web;

/** An open day as the profile shows it: when, how soon, and the link to put it in a calendar. */
public record OpenDayView(String when, String isoDate, String relative, String calendarHref, boolean past) {

    public String getWhen() {
        return when;
    }

    public String getIsoDate() {
        return isoDate;
    }

    public String getRelative() {
        return relative;
    }

    public String getCalendarHref() {
        return calendarHref;
    }

    public boolean isPast() {
        return past;
    }
}
