package org.opendoors.security.domain;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a back-office session remembers about who signed in: the account, the roles it had, and its security stamp
 * at that moment. Every request compares the stamp with the account's current one; as long as they are equal, the
 * roles are still the account's roles (a role change changes the stamp).
 */
public record SignedInStaff(String username, String securityStamp, Set<String> roles) implements Serializable {

    /** The session attribute holding it. */
    public static final String SESSION_ATTRIBUTE = SignedInStaff.class.getName();

    public SignedInStaff {
        roles = Set.copyOf(roles);
    }

    public static SignedInStaff of(StaffUser user) {
        return new SignedInStaff(user.getUsername(), user.getSecurityStamp(),
                user.getRoles().stream().map(Role::code).collect(Collectors.toSet()));
    }
}
