package org.opendoors.school.domain;

import org.opendoors.i18n.domain.ContentCode;

/**
 * The texts every school profile has in each language, in the order families read them: the pedagogical project
 * first, then diversity and inclusion as a value, daily life, and costs with the help that exists. The easy-read
 * summary is the one optional text: a school without it shows no easy-read switch.
 */
public enum TextSection implements ContentCode {
    SUMMARY, PEDAGOGICAL_PROJECT, DIVERSITY_INCLUSION, DAILY_LIFE, COSTS_AID, EASY_READ;

    public boolean isRequired() {
        return this != EASY_READ;
    }
}
