package org.opendoors.security.service;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.opendoors.security.domain.Role;

/**
 * The back office signs in with a form of our own (so failed attempts can be throttled before a password is
 * checked) backed by {@link StaffIdentityStore}. Family pages are never protected and never start a session.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = BackOfficeSecurity.SIGN_IN_PAGE, errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.COMMUNICATOR_ROLE, Role.PUBLISHER_ROLE, Role.TRANSLATOR_ROLE, Role.ADMIN_ROLE})
public class BackOfficeSecurity {

    public static final String SIGN_IN_PAGE = "/admin/sign-in.xhtml";
    public static final String HOME_PAGE = "/admin/index.xhtml";
}
