package org.opendoors.content.reader;

/**
 * A YAML text refused before it was used: not valid YAML, over a limit, or using what content files never need
 * (anchors, aliases, tags). The message completes a sentence about the file ("is larger than …") and quotes at
 * most a short excerpt of the text's own words, never the text itself.
 */
public class YamlRefusedException extends Exception {

    private final int line;

    public YamlRefusedException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The 1-based line the refusal is about, or 0 for the file as a whole. */
    public int line() {
        return line;
    }
}
