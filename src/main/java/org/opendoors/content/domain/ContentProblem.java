package org.opendoors.content.domain;

import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.service.StaffMessages;

/**
 * One reason a content folder is refused, pointing where a communicator must look: the file relative to the
 * content folder, the line (1-based, 0 when the whole file is concerned) and the field path inside it. Problems
 * found by the content guard also name the text's language, the rule and the refused phrase. The message is English
 * (the command line, logs); {@code wording}, when the check has one, lets the back office say it in the reader's
 * language.
 */
public record ContentProblem(String file, int line, String field, String message, String language, String rule,
                             String phrase, StaffWording wording) {

    public ContentProblem(String file, int line, String field, String message, String language, String rule,
                          String phrase) {
        this(file, line, field, message, language, rule, phrase, null);
    }

    public ContentProblem(String file, int line, String field, String message) {
        this(file, line, field, message, "", "", "", null);
    }

    public ContentProblem(String file, int line, String field, StaffWording wording) {
        this(file, line, field, StaffMessages.english(wording), "", "", "", wording);
    }

    /** The same problem whether or not the check worded it for the back office: the wording says the message. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ContentProblem that && line == that.line && file.equals(that.file)
                && field.equals(that.field) && message.equals(that.message) && language.equals(that.language)
                && rule.equals(that.rule) && phrase.equals(that.phrase);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(file, line, field, message, language, rule, phrase);
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
