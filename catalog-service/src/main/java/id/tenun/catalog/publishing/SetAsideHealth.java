package id.tenun.catalog.publishing;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code outbox} health component: UP (a document set aside holds back nothing else), with the documents set
 * aside and why in its details, where an operator looks ({@code /actuator/health} with a staff token).
 */
@Component("outbox")
class SetAsideHealth extends AbstractHealthIndicator {

    private final SetAside setAside;

    SetAsideHealth(SetAside setAside) {
        this.setAside = setAside;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("setAside", setAside.all());
    }
}
