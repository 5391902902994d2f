package org.opendoors.inbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.editorial.domain.ContentTranslationState;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.ContentTranslations;
import org.opendoors.editorial.service.WorkOnFiles;
import org.opendoors.editorial.service.WorkOnFiles.FileWaiting;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.security.domain.Role;
import org.opendoors.security.domain.StaffUser;
import org.opendoors.security.service.CurrentUser;
import org.opendoors.security.service.StaffDirectory;
import org.opendoors.security.web.StaffTexts;
import org.opendoors.translation.domain.LanguageCounts;
import org.opendoors.translation.service.UiTranslations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What waits for the person signed in, in one place: their drafts, what a publisher sent back to them and why, what
 * waits for their review, and the translations in their languages that are missing or no longer match their source.
 * Each list shows only what the person's roles let them act on.
 * <p>
 * Backs {@code /admin/inbox.xhtml}.
 */
@Named
@RequestScoped
public class InboxPage {

    @Inject
    private CurrentUser user;
    @Inject
    private StaffDirectory staff;
    @Inject
    private WorkOnFiles work;
    @Inject
    private ContentTranslations contentTranslations;
    @Inject
    private UiTranslations uiTranslations;
    @Inject
    private ContentLibrary library;
    @Inject
    private StaffTexts bo;

    private Map<String, String> heads;
    private List<Entry> sentBack;
    private List<Entry> drafts;
    private List<Entry> toReview;
    private List<Entry> translations;
    private List<UiStrings> uiStrings;

    /** One line of the inbox: what, in which language, its state, who and when, why, and where to act on it. */
    public record Entry(String title, String language, String state, String savedBy, Instant savedAt, String note,
                        String link) {
        // Jakarta EL 5 reads JavaBeans getters, not record components.
        public String getTitle() {
            return title;
        }

        public String getLanguage() {
            return language;
        }

        public String getState() {
            return state;
        }

        public String getSavedBy() {
            return savedBy;
        }

        public Instant getSavedAt() {
            return savedAt;
        }

        public String getNote() {
            return note;
        }

        public String getLink() {
            return link;
        }
    }

    /** Interface texts of one language: how many to translate or update, how many wait for a review. */
    public record UiStrings(String language, String languageTag, int toTranslate, int toReview) {
        public String getLanguage() {
            return language;
        }

        public String getLanguageTag() {
            return languageTag;
        }

        public int getToTranslate() {
            return toTranslate;
        }

        public int getToReview() {
            return toReview;
        }
    }

    public List<Entry> getSentBack() {
        if (sentBack == null) {
            sentBack = user.hasAny(Role.COMMUNICATOR, Role.TRANSLATOR, Role.PUBLISHER, Role.ADMIN)
                    ? work.sentBackTo(user.name()).stream().map(file -> entry(file, file.sentBack()
                    .map(reason -> reason.note().isEmpty() ? bo.format("inbox.sentBackBy", reason.by())
                            : bo.format("inbox.sentBackWhy", reason.by(), reason.note())).orElse(""))).toList()
                    : List.of();
        }
        return sentBack;
    }

    public List<Entry> getDrafts() {
        if (drafts == null) {
            drafts = work.draftsOf(user.name()).stream().map(file -> entry(file, "")).toList();
        }
        return drafts;
    }

    /** Content in review, for those who may publish it. */
    public List<Entry> getToReview() {
        if (toReview == null) {
            toReview = user.hasAny(Role.PUBLISHER, Role.ADMIN)
                    ? work.inReview().stream().map(file -> new Entry(title(file.item()), languageName(file.language()),
                    bo.get("inbox.state.in_review"), file.savedBy(), file.savedAt(), "", "/admin/review/index.xhtml"))
                    .toList()
                    : List.of();
        }
        return toReview;
    }

    /** Content translations into the person's languages that are missing or older than their source. */
    public List<Entry> getTranslations() {
        if (translations == null) {
            translations = new ArrayList<>();
            if (mayTranslate()) {
                for (SupportedLanguage language : workLanguages()) {
                    for (ContentTranslations.Work file : contentTranslations.work(language.tag())) {
                        translations.add(new Entry(title(file.item()), language.ownName(),
                                bo.get(file.status().state() == ContentTranslationState.STALE ? "inbox.state.stale"
                                        : "inbox.state.missing"), "", null, "",
                                "/admin/content/edit.xhtml?path=" + file.path()));
                    }
                }
            }
        }
        return translations;
    }

    /** The interface texts of the person's languages with something to do. */
    public List<UiStrings> getUiStrings() {
        if (uiStrings == null) {
            uiStrings = new ArrayList<>();
            if (mayTranslate()) {
                Set<SupportedLanguage> mine = workLanguages();
                for (LanguageCounts counts : uiTranslations.bundles().counts()) {
                    if (mine.contains(counts.language()) && counts.missing() + counts.stale() + counts.translated() > 0) {
                        uiStrings.add(new UiStrings(counts.language().ownName(), counts.language().tag(),
                                counts.missing() + counts.stale(), counts.translated()));
                    }
                }
            }
        }
        return uiStrings;
    }

    /** A translator who has not said which languages they translate into is told where to say it. */
    public boolean isAskForLanguages() {
        return mayTranslate() && workLanguages().isEmpty();
    }

    public boolean isNothingWaiting() {
        return getSentBack().isEmpty() && getDrafts().isEmpty() && getToReview().isEmpty() && getTranslations().isEmpty()
                && getUiStrings().isEmpty() && !isAskForLanguages();
    }

    public boolean isPublisher() {
        return user.hasAny(Role.PUBLISHER, Role.ADMIN);
    }

    private boolean mayTranslate() {
        return user.hasAny(Role.TRANSLATOR, Role.PUBLISHER, Role.ADMIN);
    }

    private Set<SupportedLanguage> workLanguages() {
        return staff.find(user.name()).map(StaffUser::getWorkLanguages).orElse(EnumSet.noneOf(SupportedLanguage.class));
    }

    private Entry entry(FileWaiting file, String note) {
        return new Entry(title(file.item()), languageName(file.language()),
                bo.get(file.state() == org.opendoors.editorial.domain.WorkflowState.IN_REVIEW ? "inbox.state.in_review"
                        : "inbox.state.draft"), file.savedBy(), file.savedAt(), note,
                "/admin/content/edit.xhtml?path=" + file.path());
    }

    private String languageName(String tag) {
        return tag == null ? "" : SupportedLanguage.fromTag(tag).map(SupportedLanguage::ownName).orElse(tag);
    }

    /** The item's name as families read it (the school's name, the guide's title), not its folder. */
    private String title(String item) {
        if (heads == null) {
            heads = library.headFiles();
        }
        return DocumentKind.titleOf(item, heads);
    }
}
