package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.editorial.domain.DocumentForm;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.domain.SaveOutcome;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.domain.WordedRefusal;
import org.opendoors.security.domain.NotAllowedException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one save path of every editor: optimistic lock on the version the form was opened on, the checks and the
 * guard (in the workflow), a three-way merge when someone saved first, and one way of telling each outcome. Editor
 * beans keep only what their page shows; they hand their form here and show the {@link SaveOutcome}.
 */
@ApplicationScoped
public class DocumentSaving {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Inject
    private EditorialWorkflow workflow;
    @Inject
    private ContentLibrary library;

    /** A step of the workflow that may end in any of the ways a save ends. */
    @FunctionalInterface
    interface Attempt {
        EditorialWorkflow.Saved run() throws ContentRejectedException, SaveConflict;
    }

    /**
     * Saves the form as the next draft of the file.
     *
     * @param nextStep what the person does next once it is saved, told after "Saved as version N"
     */
    public SaveOutcome save(String path, DocumentForm form, int baseVersion, String baseBody, String note, String nextStep) {
        return save(path, form, baseVersion, baseBody, () -> workflow.save(path, form.body(), baseVersion, note), nextStep);
    }

    /**
     * Saves a file typed whole, as typed: the workflow checks who may edit the file before it reads the text (a
     * file nobody may edit is refused without parsing what was sent).
     */
    public SaveOutcome saveTypedFile(String path, DocumentForm form, int baseVersion, String baseBody, String note,
                                     String nextStep) {
        return save(path, form, baseVersion, baseBody, () -> workflow.saveTypedFile(path, form.body(), baseVersion, note),
                nextStep);
    }

    /** Saves an old version's text as the newest draft; there is no form to merge into, so a late rollback is refused. */
    public SaveOutcome rollBack(String path, int toVersion, int baseVersion, String baseBody) {
        try {
            EditorialWorkflow.Saved saved = unwrapped(() -> workflow.rollBack(path, toVersion, baseVersion));
            String body = library.version(path, saved.version()).map(DocumentVersion::getBody).orElse(baseBody);
            return new SaveOutcome.Saved(saved.version(), body, saved.changed(), saved.changed()
                    ? "Version " + saved.version() + " restores version " + toVersion + ". It is a draft: send it for "
                    + "review, and once published families see it."
                    : "The newest version already has the text of version " + toVersion + ".");
        } catch (SaveConflict conflict) {
            DocumentVersion theirs = conflict.theirs();
            return new SaveOutcome.Merged(theirs.getNumber(), theirs.getBody(), theirs, baseBody,
                    new DocumentForm.Merge(0, java.util.List.of()), conflict.getMessage() + " Reload the page to see it before rolling back.");
        } catch (ContentRejectedException refused) {
            return new SaveOutcome.Refused(baseVersion, baseBody, refused.problems(), "Version " + toVersion
                    + " cannot be restored as it is: it no longer passes today's checks (see below). Edit the file instead.");
        } catch (NotAllowedException | IllegalArgumentException | IllegalStateException refused) {
            return new SaveOutcome.NotAllowed(baseVersion, baseBody, refused.getMessage(), wordingOf(refused));
        }
    }

    private SaveOutcome save(String path, DocumentForm form, int baseVersion, String baseBody, Attempt attempt,
                             String nextStep) {
        try {
            EditorialWorkflow.Saved saved = unwrapped(attempt);
            if (!saved.changed()) {
                return new SaveOutcome.Saved(saved.version(), baseBody, false,
                        "Nothing changed since version " + saved.version() + ", so no new version was made.");
            }
            String body = library.version(path, saved.version()).map(DocumentVersion::getBody).orElse(form.body());
            return new SaveOutcome.Saved(saved.version(), body, true, "Saved as version " + saved.version()
                    + " (a draft: families still see the published version). " + nextStep);
        } catch (ContentRejectedException refused) {
            return new SaveOutcome.Refused(baseVersion, baseBody, refused.problems(), "Not saved: "
                    + refused.problems().size() + " problem(s) below. Everything you typed is still here.");
        } catch (SaveConflict conflict) {
            return merged(form, baseVersion, baseBody, conflict.theirs());
        } catch (NotAllowedException | IllegalArgumentException | IllegalStateException refused) {
            return new SaveOutcome.NotAllowed(baseVersion, baseBody, "Not saved: " + refused.getMessage(), wordingOf(refused));
        }
    }

    /** Someone saved first: their changes go into the form where this person left things alone; nothing is lost. */
    private static SaveOutcome merged(DocumentForm form, int baseVersion, String baseBody, DocumentVersion theirs) {
        DocumentForm.Merge merge = form.takeTheirChanges(baseBody, theirs.getBody());
        boolean wholeFile = merge.equals(DocumentForm.Merge.wholeFile());
        String message = theirs.getSavedBy() + " saved version " + theirs.getNumber() + " at "
                + TIME.format(theirs.getSavedAt()) + " while you were editing version " + baseVersion
                + ". Nothing was saved yet and nothing is lost. "
                + (wholeFile ? "Their file is shown beside yours; merge their changes into yours. "
                : merge.taken() + " of their changes to what you had not touched are now in the form. "
                + (merge.bothChanged().isEmpty() ? "" : "You both changed: " + String.join(", ", merge.bothChanged())
                + " — yours is kept in the form and theirs is shown beside it. "))
                + "Then save again: your save will be based on their version " + theirs.getNumber() + ".";
        return new SaveOutcome.Merged(theirs.getNumber(), theirs.getBody(), theirs, baseBody, merge, message);
    }

    /**
     * Runs the attempt, unwrapping what a transactional boundary wrapped, so a refusal thrown inside a
     * transaction is told like any other.
     */
    private static EditorialWorkflow.Saved unwrapped(Attempt attempt) throws ContentRejectedException, SaveConflict {
        try {
            return attempt.run();
        } catch (TransactionalException wrapped) {
            Throwable cause = wrapped.getCause();
            if (cause instanceof ContentRejectedException refused) {
                throw refused;
            }
            if (cause instanceof SaveConflict conflict) {
                throw conflict;
            }
            if (cause instanceof RuntimeException runtime && (runtime instanceof NotAllowedException
                    || runtime instanceof IllegalArgumentException || runtime instanceof IllegalStateException)) {
                throw runtime;
            }
            throw wrapped;
        }
    }

    private static StaffWording wordingOf(RuntimeException refused) {
        return refused instanceof WordedRefusal worded ? worded.wording() : null;
    }
}
