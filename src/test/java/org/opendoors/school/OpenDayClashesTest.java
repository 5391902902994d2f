package org.opendoors.school;

import org.junit.jupiter.api.Test;
import org.opendoors.school.domain.OpenDay;
import org.opendoors.school.domain.OpenDayClashes;
import org.opendoors.school.domain.OpenDayClashes.Host;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenDayClashesTest {

    private static final LocalDate SATURDAY = LocalDate.of(2027, 2, 6);

    private static OpenDay day(LocalDate date, int from, int to) {
        return new OpenDay(date, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void overlappingTimesOnOneDayClashForTheTimeBothAreHeld() {
        Host a = new Host("a", "A", List.of(day(SATURDAY, 10, 12)));
        Host b = new Host("b", "B", List.of(day(SATURDAY, 11, 13), day(SATURDAY.plusDays(1), 10, 12)));
        List<OpenDayClashes.Clash> clashes = OpenDayClashes.among(List.of(a, b));
        assertEquals(1, clashes.size());
        assertEquals(day(SATURDAY, 11, 12), clashes.get(0).overlap());
        assertEquals("A", clashes.get(0).first().name());
    }

    @Test
    void backToBackOtherDaysAndTheSameSchoolDoNotClash() {
        Host a = new Host("a", "A", List.of(day(SATURDAY, 10, 12)));
        Host b = new Host("b", "B", List.of(day(SATURDAY, 12, 14), day(SATURDAY.plusDays(7), 10, 12)));
        assertTrue(OpenDayClashes.among(List.of(a, b, a)).isEmpty());
        assertEquals(1, OpenDayClashes.with(a, List.of(a, new Host("c", "C", List.of(day(SATURDAY, 9, 18))))).size());
    }
}
