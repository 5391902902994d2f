package org.opendoors.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.domain.Role;
import org.opendoors.security.domain.StaffUser;
import org.opendoors.security.service.StaffDirectory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admins create staff accounts, change their roles, switch them off and reset passwords.
 * <p>
 * Backs {@code /admin/users/index.xhtml}.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient StaffDirectory staff;
    @Inject
    private transient Notices notices;
    @Inject
    private transient SignedInSession session;
    @Inject
    private transient StaffTexts bo;

    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>();
    /** Per existing account: the roles and active flag as edited in the table. */
    private final Map<String, Object> roles = new LinkedHashMap<>();
    private final Map<String, Boolean> active = new LinkedHashMap<>();
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Map<String, Object> workLanguages = new LinkedHashMap<>();
    private transient List<StaffUser> users;

    public List<StaffUser> getUsers() {
        if (users == null) {
            users = staff.all();
            for (StaffUser user : users) {
                roles.computeIfAbsent(user.getUsername(), name -> new ArrayList<>(user.getRoles().stream().map(Role::code).toList()));
                active.putIfAbsent(user.getUsername(), user.isActive());
                workLanguages.computeIfAbsent(user.getUsername(),
                        name -> new ArrayList<>(user.getWorkLanguages().stream().map(SupportedLanguage::tag).toList()));
            }
        }
        return users;
    }

    /** The roles by their names in the reader's language; the value sent is the code. */
    public List<SelectItem> getAllRoles() {
        return Arrays.stream(Role.values()).map(role -> new SelectItem(role.code(), RoleNames.name(role, bo))).toList();
    }

    public List<SelectItem> getAllLanguages() {
        return Arrays.stream(SupportedLanguage.values())
                .map(language -> new SelectItem(language.tag(), language.ownName())).toList();
    }

    public String rolesOf(StaffUser user) {
        return RoleNames.of(user.getRoles(), bo);
    }

    public void create() {
        attempt(() -> {
            staff.create(newUsername, newDisplayName, newPassword, toRoles(newRoles));
            notices.info(bo.format("security.users.created", newUsername.strip()));
            newUsername = newDisplayName = newPassword = null;
            newRoles = new ArrayList<>();
        });
    }

    public void change(String username) {
        attempt(() -> {
            session.follow(staff.change(username, null, toRoles(roles.get(username)), Boolean.TRUE.equals(active.get(username))));
            staff.changeLanguages(username, staff.find(username).flatMap(StaffUser::getStaffLanguage),
                    Languages.fromTags(workLanguages.get(username)));
            notices.info(bo.format("security.users.saved", username));
        });
    }

    public void resetPassword(String username) {
        attempt(() -> {
            session.follow(staff.resetPassword(username, passwords.get(username)));
            passwords.remove(username);
            notices.info(bo.format("security.users.passwordSet", username));
        });
    }

    private void attempt(Runnable action) {
        try {
            action.run();
            users = null;
            roles.clear();
            active.clear();
            workLanguages.clear();
        } catch (IllegalArgumentException | NotAllowedException refused) {
            notices.error(bo.explain(refused));
        }
    }


    /** A checkbox group bound through a map entry arrives as an array (the entry's type is Object), a field as a list. */
    private static Set<Role> toRoles(Object codes) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        Iterable<?> values = codes instanceof Object[] array ? List.of(array)
                : codes instanceof Iterable<?> iterable ? iterable : List.of();
        values.forEach(code -> Role.fromCode(String.valueOf(code)).ifPresent(result::add));
        return result;
    }

    public Map<String, Object> getRoles() {
        return roles;
    }

    public Map<String, Object> getWorkLanguages() {
        return workLanguages;
    }

    public Map<String, Boolean> getActive() {
        return active;
    }

    public Map<String, String> getPasswords() {
        return passwords;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }
}
