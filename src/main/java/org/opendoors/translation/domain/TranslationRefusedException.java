package org.opendoors.translation.domain;

/** A translation action that cannot be done as asked; the message says why, in words a translator can act on. */
public class TranslationRefusedException extends RuntimeException {

    public TranslationRefusedException(String message) {
        super(message);
    }
}
