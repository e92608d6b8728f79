package id.tenun.catalog.stock;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The stock ledger ({@code tenun.catalog.stock.*}).
 *
 * @param repairInterval how often to settle the movements that a crash left pending (first one interval after
 *        start-up)
 */
@ConfigurationProperties("tenun.catalog.stock")
public record StockSettings(@DefaultValue("60s") Duration repairInterval) {
}
