package org.opendoors.targeting.domain;

import org.opendoors.i18n.domain.ContentCode;

/** The family pages a targeted block can appear on. */
public enum BlockPlacement implements ContentCode {
    GUIDE, PROFILE
}
