package org.opendoors.translation.domain;

import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.service.StaffMessages;

/**
 * The message rendered with one set of sample values: {@code label} says which (a plural category with its
 * number, "one · 1", an exact value "=0", or "sample" for a message without plurals), in English; {@code wording}
 * says the same in the reader's language. The category keywords stay as written: they are the words a translator
 * types in the message.
 */
public record PreviewSample(String label, String rendered, StaffWording wording) {

    public PreviewSample(StaffWording wording, String rendered) {
        this(StaffMessages.english(wording), rendered, wording);
    }
}
