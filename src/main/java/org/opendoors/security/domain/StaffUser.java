package org.opendoors.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A member of the city's staff who signs in to the back office. Only a password hash is ever stored. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    /** The columns' sizes (V4__back_office.sql). */
    public static final int USERNAME_LENGTH = 60;
    public static final int DISPLAY_NAME_LENGTH = 120;

    @Id
    @Column(name = "username")
    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "active")
    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Changes with the password, the roles and the active flag: sessions opened with another stamp end. */
    @Column(name = "security_stamp")
    private String securityStamp;

    /** The tag of the language the back office speaks to this person; null: their browser's. */
    @Column(name = "staff_language")
    private String staffLanguage;

    /** The tags of the languages this person translates into, comma-separated. */
    @Column(name = "work_languages")
    private String workLanguages = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = new TreeSet<>();

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
        this.active = true;
        this.createdAt = createdAt;
        this.securityStamp = newSecurityStamp();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getSecurityStamp() {
        return securityStamp;
    }

    public Optional<SupportedLanguage> getStaffLanguage() {
        return staffLanguage == null ? Optional.empty()
                : SupportedLanguage.fromTag(staffLanguage);
    }

    public Set<SupportedLanguage> getWorkLanguages() {
        Set<SupportedLanguage> languages = EnumSet.noneOf(SupportedLanguage.class);
        for (String tag : (workLanguages == null ? "" : workLanguages).split(",")) {
            SupportedLanguage.fromTag(tag.strip()).ifPresent(languages::add);
        }
        return languages;
    }

    /** Neither changes what the account may do, so open sessions go on. */
    public void changeLanguages(Optional<SupportedLanguage> staffLanguage,
                                Set<SupportedLanguage> workLanguages) {
        this.staffLanguage = staffLanguage.map(SupportedLanguage::tag).orElse(null);
        this.workLanguages = String.join(",", workLanguages.stream().map(SupportedLanguage::tag).toList());
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.securityStamp = newSecurityStamp();
    }

    public void changeRoles(Set<Role> newRoles) {
        if (!getRoles().equals(newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles))) {
            roles.clear();
            roles.addAll(newRoles);
            this.securityStamp = newSecurityStamp();
        }
    }

    public void changeDisplayName(String newName) {
        this.displayName = newName;
    }

    public void setActive(boolean active) {
        if (this.active != active) {
            this.active = active;
            this.securityStamp = newSecurityStamp();
        }
    }

    /** Not a secret (it never leaves the server), only different from every earlier one. */
    private static String newSecurityStamp() {
        return UUID.randomUUID().toString();
    }
}
