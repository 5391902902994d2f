package org.opendoors.school.domain;

/** A stage of schooling a school offers; the city says which ages each covers. */
public enum Stage implements ContentCode {
    INFANT, PRIMARY, SECONDARY, UPPER_SECONDARY
}
