package org.opendoors.school.domain;

/** A service the school offers families and pupils. */
public enum SchoolService implements ContentCode {
    MEALS, EXTENDED_HOURS, EXTRACURRICULAR, WELCOME_CLASS, SPECIAL_NEEDS_SUPPORT, ACCESSIBLE_BUILDING, FAMILY_WORKSHOPS
}
