package org.opendoors.guide.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a family does in one step of the application calendar; the step's dates come from the calendar. */
@Embeddable
public class GuideStep {

    @Column(name = "calendar_step", nullable = false, length = 60)
    private String calendarStep;

    @Column(name = "body", nullable = false, length = 20000)
    private String text;

    protected GuideStep() {
    }

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
