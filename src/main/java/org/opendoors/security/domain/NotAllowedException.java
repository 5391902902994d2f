package org.opendoors.security.domain;

import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.domain.WordedRefusal;
import org.opendoors.i18n.service.StaffMessages;

/**
 * The signed-in person tried something their roles do not allow; the message says which role it needs. The wording
 * lets a page say it in the reader's language; the message is English, for logs and the audit.
 */
public class NotAllowedException extends RuntimeException implements WordedRefusal {

    private static final long serialVersionUID = 1L;

    private final StaffWording wording;

    public NotAllowedException(StaffWording wording) {
        super(StaffMessages.english(wording));
        this.wording = wording;
    }

    public NotAllowedException(String message) {
        super(message);
        this.wording = null;
    }

    @Override
    public StaffWording wording() {
        return wording;
    }
}
