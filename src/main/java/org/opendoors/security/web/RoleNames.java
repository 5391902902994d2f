package org.opendoors.security.web;

import com.ibm.icu.text.ListFormatter;
import org.opendoors.security.domain.Role;

import java.util.Collection;

/** Roles as staff read them ("communicator and translator", in their language), never as codes. */
final class RoleNames {

    private RoleNames() {
    }

    static String name(Role role, StaffTexts bo) {
        return bo.get("security.role." + role.code());
    }

    static String of(Collection<Role> roles, StaffTexts bo) {
        return ListFormatter.getInstance(bo.locale()).format(roles.stream().map(role -> name(role, bo)).toList());
    }
}
