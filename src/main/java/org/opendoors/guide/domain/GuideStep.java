package org.opendoors.guide.domain;

/**
 * What a family does in one step of the application calendar, and optionally the same in easy read; the step's
 * dates come from the calendar.
 */
public class GuideStep {

    private final String calendarStep;

    private final String text;

    private final String easy;

    public GuideStep(String calendarStep, String text) {
        this(calendarStep, text, null);
    }

    public GuideStep(String calendarStep, String text, String easy) {
        this.calendarStep = calendarStep;
        this.text = text;
        this.easy = easy;
    }

    public String getCalendarStep() {
        return calendarStep;
    }

    public String getText() {
        return text;
    }

    /** The step in easy read: one short sentence per line; null when the guide has none. */
    public String getEasy() {
        return easy;
    }
}
