package org.opendoors.security.service;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.opendoors.security.domain.Role;

/**
 * The back office's roles and addresses. Staff sign in with a form of our own, checked by
 * {@code org.opendoors.security.web.StaffAuthenticationMechanism}; family pages are never protected and never start
 * a session.
 */
@ApplicationScoped
@DeclareRoles({Role.COMMUNICATOR_ROLE, Role.PUBLISHER_ROLE, Role.TRANSLATOR_ROLE, Role.ADMIN_ROLE})
public class BackOfficeSecurity {

    public static final String BACK_OFFICE_PATH = "/admin";
    public static final String SIGN_IN_PAGE = "/admin/sign-in.xhtml";
    public static final String HOME_PAGE = "/admin/index.xhtml";
}
