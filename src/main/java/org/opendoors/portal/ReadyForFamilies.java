package org.opendoors.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opendoors.platform.startup.PortalReadiness;

/**
 * MicroProfile Health readiness ({@code /health/ready}): up once the start-up has migrated the database, served the
 * city and rendered a family page through the whole stack. It stays up if the database stops answering later:
 * families are served from the city in memory, and taking every node out of the proxy would leave them nothing.
 * Says nothing but its name and UP or DOWN.
 */
@Readiness
@ApplicationScoped
public class ReadyForFamilies implements HealthCheck {

    static final String NAME = "open-doors-ready";

    @Inject
    private PortalReadiness readiness;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(readiness.isReady()).build();
    }
}
