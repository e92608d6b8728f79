package id.tenun.catalog.importing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Product imports ({@code tenun.catalog.imports.*}).
 *
 * @param batchSize rows checked and stored together (one SKU block, one insert, one progress write per batch)
 * @param lease how long a running import's heartbeat (written with every batch) holds it for its instance; a job
 *        whose heartbeat is older was left by a crashed instance and is resumed
 * @param resumeCheck how often to look for such jobs (also right after start-up)
 */
@ConfigurationProperties("tenun.catalog.imports")
public record ImportSettings(@DefaultValue("250") int batchSize, @DefaultValue("2m") Duration lease,
        @DefaultValue("60s") Duration resumeCheck) {
}
