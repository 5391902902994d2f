package org.opendoors.school.domain;

import org.opendoors.i18n.domain.ContentCode;

/** What makes the building usable for pupils and family members with disabilities. */
public enum AccessibilityFeature implements ContentCode {
    STEP_FREE_ENTRANCE, LIFT, ADAPTED_TOILETS, TACTILE_SIGNAGE, HEARING_LOOP, ACCESSIBLE_PLAYGROUND
}
