package org.opendoors.editorial.service;

/**
 * A rule of the content guard whose pattern took too long on a text (it backtracks without end): the city's rule
 * must be rewritten, and the text cannot be said to pass meanwhile.
 */
public class GuardRuleTooSlowException extends RuntimeException {

    private final String ruleId;

    public GuardRuleTooSlowException(String ruleId) {
        super("the content guard's rule '" + ruleId + "' takes too long to match a text", null, false, false);
        this.ruleId = ruleId;
    }

    /** The rule's id, or {@code allowed} for the language's list of allowed phrases. */
    public String ruleId() {
        return ruleId;
    }
}
