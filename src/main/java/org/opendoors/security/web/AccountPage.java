package org.opendoors.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.platform.web.ClientAddress;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.service.CurrentUser;
import org.opendoors.security.service.PasswordConfirmation;
import org.opendoors.security.service.StaffAuthentication;
import org.opendoors.security.service.StaffDirectory;
import org.opendoors.security.service.ThrottledException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One's own account: the language the back office speaks (or the browser's) and the languages one translates into;
 * changing one's password, where the current one is checked first, throttled like a sign-in, then the new one must
 * pass the password policy. The account's other sessions end; this one goes on.
 * <p>
 * Backs {@code /admin/account.xhtml}.
 */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    private StaffAuthentication authentication;
    @Inject
    private StaffDirectory staff;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private SignedInSession session;
    @Inject
    private ExternalContext external;
    @Inject
    private Notices notices;

    @Inject
    private StaffTexts bo;
    @Inject
    private StaffLanguage staffLanguageOfPage;

    private String currentPassword;
    private String newPassword;
    /** A language tag, or empty for "my browser's". */
    private String staffLanguage;
    private List<String> workLanguages;

    @PostConstruct
    void readAccount() {
        staff.find(currentUser.name()).ifPresent(account -> {
            staffLanguage = account.getStaffLanguage().map(SupportedLanguage::tag).orElse("");
            workLanguages = new ArrayList<>(account.getWorkLanguages().stream().map(SupportedLanguage::tag).toList());
        });
    }

    public String getSignedInAs() {
        return bo.format("security.account.signedInAs", currentUser.name(), RoleNames.of(currentUser.roles(), bo));
    }

    /** The eight languages by their own names, after "the browser's": a reader finds theirs however the page speaks. */
    public List<SelectItem> getStaffLanguageChoices() {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem("", bo.get("security.account.browserLanguage")));
        for (SupportedLanguage language : SupportedLanguage.values()) {
            choices.add(new SelectItem(language.tag(), language.ownName()));
        }
        return choices;
    }

    public List<SelectItem> getWorkLanguageChoices() {
        return Arrays.stream(SupportedLanguage.values())
                .map(language -> new SelectItem(language.tag(), language.ownName())).toList();
    }

    public void saveLanguages() {
        try {
            staff.changeLanguages(currentUser.name(), SupportedLanguage.fromTag(staffLanguage == null ? "" : staffLanguage),
                    Languages.fromTags(workLanguages));
            // The page was set up in the old language; the message is written in the new one.
            staffLanguageOfPage.forget();
            notices.info(bo.get("security.account.languagesSaved"));
        } catch (IllegalArgumentException | NotAllowedException refused) {
            notices.error(bo.explain(refused));
        }
    }

    public String getStaffLanguage() {
        return staffLanguage;
    }

    public void setStaffLanguage(String staffLanguage) {
        this.staffLanguage = staffLanguage;
    }

    public List<String> getWorkLanguages() {
        return workLanguages;
    }

    public void setWorkLanguages(List<String> workLanguages) {
        this.workLanguages = workLanguages;
    }

    public void change() {
        try {
            String address = ClientAddress.of((HttpServletRequest) external.getRequest());
            Optional<PasswordConfirmation> confirmed =
                    authentication.confirmPassword(currentUser.name(), currentPassword, address);
            if (confirmed.isEmpty()) {
                notices.error(bo.get("security.account.wrongPassword"));
                return;
            }
            session.follow(staff.changeOwnPassword(confirmed.get(), newPassword));
            notices.info(bo.get("security.account.passwordChanged"));
        } catch (ThrottledException throttled) {
            notices.error(throttled.getMessage());
        } catch (IllegalArgumentException | NotAllowedException refused) {
            notices.error(bo.explain(refused));
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
