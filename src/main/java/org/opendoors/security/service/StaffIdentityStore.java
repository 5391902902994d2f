package org.opendoors.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import org.opendoors.security.domain.Role;
import org.opendoors.security.domain.StaffUser;
import org.opendoors.security.persistence.StaffRepository;

import java.util.Optional;
import java.util.stream.Collectors;

/** Checks a user name and password against the staff accounts in the database; the roles become groups. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffRepository repository;
    @Inject
    private PasswordHashing hashing;

    @Transactional
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<StaffUser> user = repository.find(credential.getCaller()).filter(StaffUser::isActive);
        // Verify even when there is no such account: the answer takes as long either way.
        boolean matches = hashing.verify(credential.getPasswordAsString(), user.map(StaffUser::getPasswordHash).orElse(null));
        if (user.isEmpty() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.get().getUsername(),
                user.get().getRoles().stream().map(Role::code).collect(Collectors.toSet()));
    }
}
