package org.opendoors.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
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
            throw new NotAllowedException("Please sign in first.");
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

    /** Refuses the current action unless the caller has one of the roles: the last line of defence behind the UI. */
    public void require(String what, Role... roles) {
        if (!hasAny(roles)) {
            throw new NotAllowedException("Your account may not " + what + ". It needs the role "
                    + String.join(" or ", Arrays.stream(roles).map(Role::code).toList()) + ".");
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
