package org.opendoors.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.security.domain.PasswordPolicy;
import org.opendoors.security.domain.Role;
import org.opendoors.security.domain.StaffUser;
import org.opendoors.security.persistence.StaffRepository;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Staff accounts: created, changed and switched off by admins; every change goes to the audit log. */
@ApplicationScoped
public class StaffDirectory {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1," + (StaffUser.USERNAME_LENGTH - 1) + "}");

    @Inject
    private StaffRepository repository;
    @Inject
    private PasswordHashing hashing;
    @Inject
    private AuditLog audit;
    @Inject
    private CurrentUser currentUser;

    @Transactional
    public List<StaffUser> all() {
        return repository.all();
    }

    @Transactional
    public Optional<StaffUser> find(String username) {
        return repository.find(username);
    }

    /** The stamp of an account that may sign in (see {@link StaffRepository#activeSecurityStamp}). */
    @Transactional
    public Optional<String> activeSecurityStamp(String username) {
        return repository.activeSecurityStamp(username);
    }

    @Transactional
    public boolean isEmpty() {
        return repository.count() == 0;
    }

    /** The first account, made at start-up when there is none: an admin who then creates everyone else. */
    @Transactional
    public void createFirstAdmin(String username, String password) {
        repository.add(new StaffUser(username, "Administrator", hashing.hash(password), EnumSet.of(Role.ADMIN),
                Instant.now()));
        audit.recordAs(AuditLog.SYSTEM, "user.create", username, "first admin account, roles admin");
    }

    @Transactional
    public void create(String username, String displayName, String password, Set<Role> roles) {
        currentUser.require("manageAccounts", Role.ADMIN);
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw refused("user.create", name, "A user name has 2 to " + StaffUser.USERNAME_LENGTH + " lower-case "
                    + "letters, digits, dots, hyphens or underscores, starting with a letter or digit.");
        }
        if (repository.find(name).isPresent()) {
            throw refused("user.create", name, "There is already an account named '" + name + "'.");
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (shown.length() > StaffUser.DISPLAY_NAME_LENGTH) {
            throw refused("user.create", name, "A full name has at most " + StaffUser.DISPLAY_NAME_LENGTH + " characters.");
        }
        requireGoodPassword("user.create", name, password);
        if (roles.isEmpty()) {
            throw refused("user.create", name, "Give the account at least one role.");
        }
        repository.add(new StaffUser(name, shown, hashing.hash(password), roles, Instant.now()));
        audit.record("user.create", name, "roles " + codes(roles));
    }

    /**
     * Changes an account's roles, active flag and (when given) full name. A change of roles or of the flag ends the
     * account's open sessions; the account as it is now is returned, so the admin's own session can follow it.
     */
    @Transactional
    public StaffUser change(String username, String displayName, Set<Role> roles, boolean active) {
        currentUser.require("manageAccounts", Role.ADMIN);
        StaffUser user = existing(username);
        if (user.getUsername().equals(currentUser.name()) && (!active || !roles.contains(Role.ADMIN))) {
            throw refused("user.change", username, "You cannot remove your own admin role or switch off your own "
                    + "account: ask another admin, so the portal always keeps one.");
        }
        if (roles.isEmpty()) {
            throw refused("user.change", username, "Give the account at least one role.");
        }
        if (displayName != null && displayName.strip().length() > StaffUser.DISPLAY_NAME_LENGTH) {
            throw refused("user.change", username, "A full name has at most " + StaffUser.DISPLAY_NAME_LENGTH + " characters.");
        }
        String before = codes(user.getRoles()) + (user.isActive() ? "" : ", switched off");
        user.changeRoles(roles);
        user.setActive(active);
        if (displayName != null && !displayName.isBlank()) {
            user.changeDisplayName(displayName.strip());
        }
        audit.record("user.change", username, "was " + before + "; now " + codes(roles) + (active ? "" : ", switched off"));
        return user;
    }

    /**
     * The back office's language for an account (empty: the browser's) and the languages it translates into. An admin
     * sets them for anyone; everyone may set their own.
     */
    @Transactional
    public StaffUser changeLanguages(String username, Optional<SupportedLanguage> staffLanguage,
                                     Set<SupportedLanguage> workLanguages) {
        if (!username.equals(currentUser.name())) {
            currentUser.require("manageAccounts", Role.ADMIN);
        }
        StaffUser user = existing(username);
        user.changeLanguages(staffLanguage, workLanguages);
        audit.record("user.languages", username, "back office in " + staffLanguage.map(SupportedLanguage::tag)
                .orElse("the browser's language") + "; translates into " + (workLanguages.isEmpty() ? "no language"
                : String.join(", ", workLanguages.stream().map(SupportedLanguage::tag).toList())));
        return user;
    }

    /** Sets an account's password; its open sessions end. Returns the account as it is now. */
    @Transactional
    public StaffUser resetPassword(String username, String newPassword) {
        currentUser.require("manageAccounts", Role.ADMIN);
        StaffUser user = existing(username);
        requireGoodPassword("user.password-reset", user.getUsername(), newPassword);
        user.changePasswordHash(hashing.hash(newPassword));
        audit.record("user.password-reset", username, "password set by an admin");
        return user;
    }

    /**
     * Anyone may change their own password, having just proved they know the current one
     * ({@link StaffAuthentication#confirmPassword}). Their other sessions end; the account as it is now is returned
     * so that the session that made the change can go on.
     */
    @Transactional
    public StaffUser changeOwnPassword(PasswordConfirmation confirmation, String newPassword) {
        StaffUser user = existing(currentUser.name());
        if (!user.getUsername().equals(confirmation.username())
                || !user.getSecurityStamp().equals(confirmation.securityStamp())) {
            throw refused("user.password-change", user.getUsername(),
                    "Your account changed while you were typing. Please type your current password again.");
        }
        requireGoodPassword("user.password-change", user.getUsername(), newPassword);
        user.changePasswordHash(hashing.hash(newPassword));
        audit.record("user.password-change", user.getUsername(), "changed own password");
        return user;
    }

    private StaffUser existing(String username) {
        return repository.find(username)
                .orElseThrow(() -> refused("user.change", username, "There is no account named '" + username + "'."));
    }

    private void requireGoodPassword(String action, String username, String password) {
        Optional<String> problem = PasswordPolicy.problemWith(password, username);
        if (problem.isPresent()) {
            throw refused(action, username, problem.get());
        }
    }

    /**
     * A refusal, written to the audit log in a transaction of its own (the caller's is rolled back by the exception
     * this returns). The entry says what was refused, never the password.
     */
    private IllegalArgumentException refused(String action, String subject, String message) {
        audit.recordRefusal(action + ".refused", subject, message);
        return new IllegalArgumentException(message);
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().map(Role::code).sorted().collect(Collectors.joining(", "));
    }
}
