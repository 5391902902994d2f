package org.opendoors.guide.domain;



/** What a family does in one step of the application calendar; the step's dates come from the calendar. */
public class GuideStep {

    private String calendarStep;

    private String text;

    public GuideStep(String calendarStep, String text) {
        this.calendarStep = calendarStep;
        this.text = text;
    }

    public String getCalendarStep() {
        return calendarStep;
    }

    public String getText() {
        return text;
    }
}
