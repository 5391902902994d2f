package org.opendoors.city.domain;

import org.opendoors.i18n.domain.ContentCode;

/** A stage of schooling a school offers; the city says which ages each covers. */
public enum Stage implements ContentCode {
    INFANT, PRIMARY, SECONDARY, UPPER_SECONDARY
}
