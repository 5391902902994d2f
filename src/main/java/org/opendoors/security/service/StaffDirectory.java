package org.opendoors.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.security.domain.NotAllowedException;
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

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

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
        currentUser.require("manage staff accounts", Role.ADMIN);
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A user name has 2 to 60 lower-case letters, digits, dots, hyphens or "
                    + "underscores, starting with a letter or digit.");
        }
        if (repository.find(name).isPresent()) {
            throw new IllegalArgumentException("There is already an account named '" + name + "'.");
        }
        requireGoodPassword(password);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Give the account at least one role.");
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        repository.add(new StaffUser(name, shown, hashing.hash(password), roles, Instant.now()));
        audit.record("user.create", name, "roles " + codes(roles));
    }

    @Transactional
    public void change(String username, String displayName, Set<Role> roles, boolean active) {
        currentUser.require("manage staff accounts", Role.ADMIN);
        StaffUser user = existing(username);
        if (user.getUsername().equals(currentUser.name()) && (!active || !roles.contains(Role.ADMIN))) {
            throw new IllegalArgumentException("You cannot remove your own admin role or switch off your own account: "
                    + "ask another admin, so the portal always keeps one.");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Give the account at least one role.");
        }
        String before = codes(user.getRoles()) + (user.isActive() ? "" : ", switched off");
        user.changeRoles(roles);
        user.setActive(active);
        if (displayName != null && !displayName.isBlank()) {
            user.changeDisplayName(displayName.strip());
        }
        audit.record("user.change", username, "was " + before + "; now " + codes(roles) + (active ? "" : ", switched off"));
    }

    @Transactional
    public void resetPassword(String username, String newPassword) {
        currentUser.require("manage staff accounts", Role.ADMIN);
        requireGoodPassword(newPassword);
        existing(username).changePasswordHash(hashing.hash(newPassword));
        audit.record("user.password-reset", username, "password set by an admin");
    }

    /** Anyone may change their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffUser user = existing(currentUser.name());
        if (!hashing.verify(currentPassword == null ? "" : currentPassword, user.getPasswordHash())) {
            throw new NotAllowedException("The current password is not right.");
        }
        requireGoodPassword(newPassword);
        user.changePasswordHash(hashing.hash(newPassword));
        audit.record("user.password-change", user.getUsername(), "changed own password");
    }

    private StaffUser existing(String username) {
        return repository.find(username)
                .orElseThrow(() -> new IllegalArgumentException("There is no account named '" + username + "'."));
    }

    private static void requireGoodPassword(String password) {
        String problem = PasswordHashing.problemWith(password);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().map(Role::code).sorted().collect(Collectors.joining(", "));
    }
}
