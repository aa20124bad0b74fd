package org.partyregistry.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Validates usernames and passwords against the accounts table, with lockout (rule S5). */
@ApplicationScoped
public class RegistryIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AccountService.LoginResult result = accounts.authenticate(login.getCaller(), login.getPasswordAsString());
        if (result.outcome() == AccountService.Outcome.VALID) {
            return new CredentialValidationResult(login.getCaller(), Set.of(result.role().name()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
