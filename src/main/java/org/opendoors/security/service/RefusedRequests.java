package org.opendoors.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opendoors.platform.web.RequestRefused;

/** Writes down every back-office request the server refused, with who asked and from where. */
@ApplicationScoped
public class RefusedRequests {

    @Inject
    private AuditLog audit;

    void onRefused(@Observes RequestRefused refused) {
        audit.recordRefusal("request.refused", refused.path(), refused.status() + " for " + refused.method());
    }
}
