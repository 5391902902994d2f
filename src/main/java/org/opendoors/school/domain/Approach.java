package org.opendoors.school.domain;

import org.opendoors.i18n.domain.ContentCode;

/** How learning is organised: the pedagogical approaches a school describes itself by. */
public enum Approach implements ContentCode {
    PROJECT_BASED, COOPERATIVE_LEARNING, INQUIRY_BASED, OUTDOOR_LEARNING, ARTS_AND_MUSIC, MONTESSORI_INSPIRED,
    SCIENCE_AND_TECHNOLOGY, PLURILINGUAL, SERVICE_LEARNING, SPORT_AND_HEALTH
}
