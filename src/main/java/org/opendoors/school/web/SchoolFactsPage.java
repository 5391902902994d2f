package org.opendoors.school.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.Stage;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveOutcome;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.DocumentSaving;
import org.opendoors.editorial.web.ProblemView;
import org.opendoors.i18n.domain.ContentCode;
import org.opendoors.platform.web.Notices;
import org.opendoors.school.domain.AccessibilityFeature;
import org.opendoors.school.domain.Approach;
import org.opendoors.school.domain.Facility;
import org.opendoors.school.domain.OpenDayClashes;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.SchoolFactsForm;
import org.opendoors.school.domain.SchoolService;
import org.opendoors.school.service.SchoolDirectory;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.Messages;
import org.opendoors.security.web.StaffLanguage;
import org.opendoors.security.web.StaffTexts;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A school's facts in a form: name, place, ownership, stages, approaches, languages, services, facilities,
 * accessibility, open days and contact. Saved as a new version of its school.yaml through the same checks, history,
 * review and conflict handling as any other edit.
 * <p>
 * Backs {@code /admin/content/facts.xhtml}.
 */
@Named
@ViewScoped
public class SchoolFactsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient DocumentSaving saving;
    @Inject
    private transient CityDirectory city;
    @Inject
    private transient Notices notices;
    @Inject
    private transient FacesContext faces;
    @Inject
    private transient SchoolDirectory directory;
    @Inject
    private transient Messages messages;
    @Inject
    private transient StaffTexts bo;
    @Inject
    private transient StaffLanguage staffLanguage;

    private String slug;
    private SchoolFactsForm form;
    private String baseBody;
    private int baseVersion;
    private String note;
    private List<ProblemView> problems = List.of();
    private List<String> openDayClashes = List.of();

    public void open() throws IOException {
        Optional<DocumentVersion> head = slug == null ? Optional.empty() : library.head(path());
        if (head.isEmpty()) {
            faces.getExternalContext().responseSendError(404, bo.format("school.noSuchSchool", slug));
            faces.responseComplete();
            return;
        }
        baseVersion = head.get().getNumber();
        baseBody = head.get().getBody();
        form = SchoolFactsForm.read(baseBody);
        openDayClashes = openDayClashes();
    }

    public void save() {
        // The next step is told by this page, in the staff member's language: see told(outcome).
        SaveOutcome outcome = saving.save(path(), form, baseVersion, baseBody, note, "");
        problems = ProblemView.listOf(outcome.problems());
        openDayClashes = openDayClashes();
        baseVersion = outcome.baseVersion();
        baseBody = outcome.baseBody();
        if (outcome.failed()) {
            notices.error(told(outcome));
        } else {
            note = null;
            notices.info(told(outcome));
        }
    }

    /**
     * The outcome in the staff member's language: a save or a refusal in this page's words; a merge or a refusal
     * by the workflow as the editorial service words it.
     */
    private String told(SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            return bo.format(saved.changed() ? "school.facts.saved" : "school.facts.unchanged", saved.baseVersion());
        }
        if (outcome instanceof SaveOutcome.Refused refused) {
            return bo.format("school.facts.refused", refused.problems().size());
        }
        if (outcome instanceof SaveOutcome.NotAllowed notAllowed && notAllowed.wording() != null) {
            return bo.format("editorial.save.notAllowed", bo.say(notAllowed.wording()));
        }
        return outcome.message();
    }

    /**
     * The form's open days that overlap another school's of the same district (as published): families who want to
     * see both cannot, so the communicator may agree another time with that school. Worked out when the form is
     * opened and after each save, not each time the page reads it.
     */
    public List<String> getOpenDayClashes() {
        return openDayClashes;
    }

    private List<String> openDayClashes() {
        OpenDayClashes.Host self = new OpenDayClashes.Host(slug, form.getName(), form.openDayList());
        SupportedLanguage language = staffLanguage.language();
        List<OpenDayClashes.Host> neighbours = OpenDayClashes.ofDistrict(
                directory.alphabetical(language), form.getDistrict());
        return OpenDayClashes.with(self, neighbours).stream()
                .map(clash -> bo.format("school.facts.clash", clash.second().name(),
                        OpenDayLabels.when(messages, language, clash.overlap())))
                .toList();
    }

    private String path() {
        return "schools/" + slug + "/school.yaml";
    }

    public List<District> getDistricts() {
        return city.districts();
    }

    public List<SelectItem> getOwnerships() {
        return labelled(Ownership.values());
    }

    public List<SelectItem> getStageCodes() {
        return labelled(Stage.values());
    }

    public List<SelectItem> getApproachCodes() {
        return labelled(Approach.values());
    }

    public List<SelectItem> getServiceCodes() {
        return labelled(SchoolService.values());
    }

    public List<SelectItem> getFacilityCodes() {
        return labelled(Facility.values());
    }

    public List<SelectItem> getAccessibilityCodes() {
        return labelled(AccessibilityFeature.values());
    }

    /**
     * Each code with the words families read for it, in the staff member's language, so staff tick "Learning
     * through projects", not {@code project_based}; the code stays the value saved in the file.
     */
    private List<SelectItem> labelled(ContentCode[] values) {
        SupportedLanguage language = staffLanguage.language();
        return Arrays.stream(values).map(code -> new SelectItem(code.code(),
                messages.text(language, code.messageKey()).text())).toList();
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
