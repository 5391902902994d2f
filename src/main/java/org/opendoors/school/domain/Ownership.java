package org.opendoors.school.domain;

import org.opendoors.i18n.domain.ContentCode;

/** Who runs the school. Both kinds are free of tuition and admit pupils by the same public criteria. */
public enum Ownership implements ContentCode {
    PUBLIC, PUBLICLY_FUNDED_PRIVATE
}
