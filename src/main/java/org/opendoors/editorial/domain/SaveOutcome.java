package org.opendoors.editorial.domain;

import org.opendoors.i18n.domain.StaffWording;

import org.opendoors.content.domain.ContentProblem;

import java.util.List;

/**
 * How a save ended, told the same way by every editor: the version the form is now based on, the sentence for the
 * person, and what to show with it. Whatever happened, the form keeps what was typed.
 */
public sealed interface SaveOutcome {

    /** The version the form is based on from now on (the new one, theirs after a merge, or unchanged). */
    int baseVersion();

    /** That version's text. */
    String baseBody();

    String message();

    /** Whether the save did not happen (the message is an error). */
    boolean failed();

    /** The problems to list with the message (file, line, field), if it was refused for its content. */
    default List<ContentProblem> problems() {
        return List.of();
    }

    /** Saved as a new version, or nothing had changed. */
    record Saved(int baseVersion, String baseBody, boolean changed, String message) implements SaveOutcome {
        @Override
        public boolean failed() {
            return false;
        }
    }

    /** Its content does not pass the checks or the guard. */
    record Refused(int baseVersion, String baseBody, List<ContentProblem> problems, String message) implements SaveOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }

        @Override
        public boolean failed() {
            return true;
        }
    }

    /** Someone saved first: their version is now the base, merged into the form as {@code merge} says. */
    record Merged(int baseVersion, String baseBody, DocumentVersion theirs, String previousBase,
                  DocumentForm.Merge merge, String message) implements SaveOutcome {
        @Override
        public boolean failed() {
            return true;
        }
    }

    /** This person may not save this file, or the request makes no sense (a file that does not exist). */
    /** Refused for who the person is, not for what they wrote; {@code wording} says why for the page, when worded. */
    record NotAllowed(int baseVersion, String baseBody, String message, StaffWording wording) implements SaveOutcome {
        @Override
        public boolean failed() {
            return true;
        }
    }
}
