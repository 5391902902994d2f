package org.opendoors.school.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A visit slot for families: one day, from one time to another, at the school. */
@Embeddable
public class OpenDay {

    @Column(name = "open_on", nullable = false)
    private LocalDate day;
    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;
    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected OpenDay() {
    }

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
