package id.tenun.listing.reconcile;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reconciliation pass ({@code tenun.listing.reconcile.*}).
 *
 * @param enabled whether it runs
 * @param interval how old a live listing's last check may be before it is checked again
 * @param pass how often the pass looks for listings to check
 * @param batch the most listings per channel checked in one pass
 */
@ConfigurationProperties("tenun.listing.reconcile")
public record ReconcileSettings(@DefaultValue("true") boolean enabled, @DefaultValue("10m") Duration interval,
        @DefaultValue("30s") Duration pass, @DefaultValue("100") int batch) {
}
