package org.opendoors.security.domain;

/** The signed-in person tried something their roles do not allow; the message says which role it needs. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
