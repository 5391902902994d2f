package org.opendoors.school.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A visit slot for families: one day, from one time to another, at the school. */
public class OpenDay {

    private LocalDate day;
    private LocalTime startsAt;
    private LocalTime endsAt;

    public OpenDay(LocalDate day, LocalTime startsAt, LocalTime endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("An open day must end after it starts");
        }
        this.day = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpenDay that && day.equals(that.day) && startsAt.equals(that.startsAt)
                && endsAt.equals(that.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, startsAt, endsAt);
    }
}
