package org.opendoors.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.opendoors.security.domain.SignInThrottle;

import java.time.Clock;
import java.time.Duration;

/** The application's one throttle of failed sign-ins (see {@link SignInThrottle}). */
@ApplicationScoped
public class SignInGuard {

    private final SignInThrottle throttle = new SignInThrottle(Clock.systemUTC());

    public Duration waitBefore(String account, String address) {
        return throttle.waitBefore(account, address);
    }

    public void failed(String account, String address) {
        throttle.failed(account, address);
    }

    public void succeeded(String account) {
        throttle.succeeded(account);
    }
}
