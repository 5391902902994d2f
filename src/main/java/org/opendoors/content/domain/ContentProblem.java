package org.opendoors.content.domain;

/**
 * One reason a content folder is refused, pointing where a communicator must look: the file relative to the
 * content folder, the line (1-based, 0 when the whole file is concerned) and the field path inside it. Problems
 * found by the content guard also name the text's language, the rule and the refused phrase.
 */
public record ContentProblem(String file, int line, String field, String message, String language, String rule,
                             String phrase) {

    public ContentProblem(String file, int line, String field, String message) {
        this(file, line, field, message, "", "", "");
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
