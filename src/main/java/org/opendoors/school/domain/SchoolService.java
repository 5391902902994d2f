package org.opendoors.school.domain;

import org.opendoors.i18n.domain.ContentCode;

/** A service the school offers families and pupils. */
public enum SchoolService implements ContentCode {
    MEALS, EXTENDED_HOURS, EXTRACURRICULAR, WELCOME_CLASS, SPECIAL_NEEDS_SUPPORT, ACCESSIBLE_BUILDING, FAMILY_WORKSHOPS
}
