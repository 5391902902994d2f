package org.opendoors.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.domain.Role;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Who is signed in for the current request, and what they may do. Services check here, not only the pages. */
@ApplicationScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    public boolean isSignedIn() {
        return principal() != null;
    }

    public String name() {
        Principal principal = principal();
        if (principal == null) {
            throw new NotAllowedException(StaffWording.of("security.refused.signInFirst"));
        }
        return principal.getName();
    }

    public String nameOr(String fallback) {
        Principal principal = principal();
        return principal == null ? fallback : principal.getName();
    }

    public boolean has(Role role) {
        return isSignedIn() && securityContext.isCallerInRole(role.code());
    }

    public boolean hasAny(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::has);
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (has(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /**
     * Refuses the current action unless the caller has one of the roles: the last line of defence behind the UI.
     * {@code action} names the sentence {@code security.action.<action>} ("publish content").
     */
    public void require(String action, Role... roles) {
        require(StaffWording.of("security.action." + action), roles);
    }

    /** As {@link #require(String, Role...)}, with an action sentence that has arguments of its own. */
    public void require(StaffWording action, Role... roles) {
        if (!hasAny(roles)) {
            throw new NotAllowedException(StaffWording.of("security.refused.role", "action", action,
                    "roles", new StaffWording.Alternatives(Arrays.stream(roles)
                            .map(role -> StaffWording.of("security.role." + role.code())).toList())));
        }
    }

    private Principal principal() {
        try {
            return securityContext.getCallerPrincipal();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
