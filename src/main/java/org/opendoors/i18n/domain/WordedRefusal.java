package org.opendoors.i18n.domain;

/**
 * A refusal (an exception) that carries its reason as a back-office sentence, so a page says it in the reader's
 * language instead of the English message.
 */
public interface WordedRefusal {

    /** The reason as a back-office sentence; null when it is worded in English only. */
    StaffWording wording();
}
