package org.opendoors.city.domain;

import org.opendoors.i18n.domain.ContentText;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One step of the application calendar (open days, applications, lists, enrolment) with its dates. */
public class CalendarStep {

    private String id;

    private int position;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private Map<String, String> titles = new HashMap<>();

    public CalendarStep(String id, int position, LocalDate startsOn, LocalDate endsOn, Map<String, String> titles) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A calendar step cannot end before it starts");
        }
        this.id = id;
        this.position = position;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.titles = new HashMap<>(titles);
    }

    public String getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Optional<String> titleIn(String language) {
        return Optional.ofNullable(titles.get(language));
    }

    /** The title in the page language, or in the city's source language while it is not translated. */
    public ContentText.Translation<String> titleFor(String pageLanguage, String sourceLanguage) {
        return ContentText.pick(titles, pageLanguage, sourceLanguage)
                .orElse(new ContentText.Translation<>(id, sourceLanguage, true));
    }
}
