package org.opendoors.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * MicroProfile Health liveness ({@code /health/live}): down only when this node has stopped keeping up with the
 * database — its {@link RevisionWatch} has not run for a minute (it runs twice a second), so the node would serve an
 * old city for ever. A supervisor restarts such a node; a slow database or a busy node is not that.
 */
@Liveness
@ApplicationScoped
public class StillWatching implements HealthCheck {

    static final long LONGEST_SILENCE_MS = 60_000;

    @Inject
    private RevisionWatch watch;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("open-doors-keeps-up").status(watch.ranWithin(LONGEST_SILENCE_MS)).build();
    }
}
