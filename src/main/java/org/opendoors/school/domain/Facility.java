package org.opendoors.school.domain;

import org.opendoors.i18n.domain.ContentCode;

/** A space the school has. */
public enum Facility implements ContentCode {
    LIBRARY, SPORTS_HALL, PLAYGROUND, GARDEN, SCIENCE_LAB, MUSIC_ROOM, ART_STUDIO, COMPUTER_ROOM, OWN_KITCHEN, SPORTS_FIELD, AUDITORIUM
}
