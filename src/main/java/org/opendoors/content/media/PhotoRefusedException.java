package org.opendoors.content.media;

import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.domain.WordedRefusal;
import org.opendoors.i18n.service.StaffMessages;

/**
 * An uploaded photo the portal does not keep, with the reason in words a communicator understands: in English as
 * the message, and as a back-office sentence when the check has one, for the reader's language.
 */
public class PhotoRefusedException extends Exception implements WordedRefusal {

    private static final long serialVersionUID = 1L;

    private final StaffWording wording;

    public PhotoRefusedException(String reason) {
        super(reason);
        this.wording = null;
    }

    public PhotoRefusedException(StaffWording wording) {
        super(StaffMessages.english(wording));
        this.wording = wording;
    }

    @Override
    public StaffWording wording() {
        return wording;
    }
}
