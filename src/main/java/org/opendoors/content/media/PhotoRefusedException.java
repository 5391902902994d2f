package org.opendoors.content.media;

/** An uploaded photo the portal does not keep, with the reason in words a communicator understands. */
public class PhotoRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public PhotoRefusedException(String reason) {
        super(reason);
    }
}
