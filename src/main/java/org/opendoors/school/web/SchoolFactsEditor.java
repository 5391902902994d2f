package org.opendoors.school.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.city.domain.District;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.editorial.web.ProblemView;
import org.opendoors.school.domain.AccessibilityFeature;
import org.opendoors.school.domain.Approach;
import org.opendoors.i18n.domain.ContentCode;
import org.opendoors.school.domain.Facility;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.SchoolFactsForm;
import org.opendoors.school.domain.SchoolService;
import org.opendoors.city.domain.Stage;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.platform.web.Notices;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A school's facts in a form: name, place, ownership, stages, approaches, languages, services, facilities,
 * accessibility, open days and contact. Saved as a new version of its school.yaml through the same checks, history,
 * review and conflict handling as any other edit.
 */
@Named
@ViewScoped
public class SchoolFactsEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient EditorialWorkflow workflow;
    @Inject
    private transient CityDirectory city;
    @Inject
    private transient Notices notices;
    @Inject
    private transient FacesContext faces;

    private String slug;
    private SchoolFactsForm form;
    private String baseBody;
    private int baseVersion;
    private String note;
    private List<ProblemView> problems = List.of();

    public void open() throws IOException {
        Optional<DocumentVersion> head = slug == null ? Optional.empty() : library.head(path());
        if (head.isEmpty()) {
            faces.getExternalContext().responseSendError(404, "There is no school " + slug);
            faces.responseComplete();
            return;
        }
        baseVersion = head.get().getNumber();
        baseBody = head.get().getBody();
        form = SchoolFactsForm.read(baseBody);
    }

    public void save() {
        problems = List.of();
        try {
            EditorialWorkflow.Saved saved = workflow.save(path(), form.toYaml(), baseVersion, note);
            if (saved.changed()) {
                baseVersion = saved.version();
                baseBody = library.head(path()).map(DocumentVersion::getBody).orElse(baseBody);
                note = null;
                notices.info("Saved as version " + saved.version() + " (a draft: families still see the published "
                        + "version). Send it for review from the school's page when it is ready.");
            } else {
                notices.info("Nothing changed since version " + saved.version() + ".");
            }
        } catch (ContentRejectedException refused) {
            problems = ProblemView.listOf(refused);
            notices.error("Not saved: " + refused.problems().size() + " problem(s) below. Everything you typed is still here.");
        } catch (SaveConflict conflict) {
            DocumentVersion theirs = conflict.theirs();
            List<String> collisions = form.mergeFrom(SchoolFactsForm.read(baseBody), SchoolFactsForm.read(theirs.getBody()));
            baseVersion = theirs.getNumber();
            baseBody = theirs.getBody();
            notices.error(theirs.getSavedBy() + " saved version " + theirs.getNumber() + " while you were editing. "
                    + "Nothing was saved yet and nothing is lost: their changes to facts you had not touched are now in "
                    + "the form" + (collisions.isEmpty() ? "" : "; you both changed " + String.join(", ", collisions)
                    + " — yours is kept in the form, check it against their version in Versions") + ". Save again.");
        } catch (NotAllowedException | IllegalArgumentException | IllegalStateException refused) {
            notices.error("Not saved: " + refused.getMessage());
        }
    }

    private String path() {
        return "schools/" + slug + "/school.yaml";
    }

    public List<District> getDistricts() {
        return city.districts();
    }

    public List<String> getOwnerships() {
        return codes(Ownership.values());
    }

    public List<String> getStageCodes() {
        return codes(Stage.values());
    }

    public List<String> getApproachCodes() {
        return codes(Approach.values());
    }

    public List<String> getServiceCodes() {
        return codes(SchoolService.values());
    }

    public List<String> getFacilityCodes() {
        return codes(Facility.values());
    }

    public List<String> getAccessibilityCodes() {
        return codes(AccessibilityFeature.values());
    }

    private static List<String> codes(ContentCode[] values) {
        return Arrays.stream(values).map(ContentCode::code).toList();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public SchoolFactsForm getForm() {
        return form;
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<ProblemView> getProblems() {
        return problems;
    }
}
