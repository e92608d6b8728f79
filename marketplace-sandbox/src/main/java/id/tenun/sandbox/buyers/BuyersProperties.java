package id.tenun.sandbox.buyers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sandbox.buyers.*}: the simulated buyers.
 *
 * @param orderInterval a random order is placed this often on a random listed product ({@code 0s}: only on command)
 * @param stepInterval open orders move one step this often ({@code 0s}: only on command)
 * @param cancelRate share of unpaid or paid orders that are cancelled instead of moving on
 * @param returnRate share of delivered orders that are returned
 * @param maxQuantity a random order buys 1 to this many units
 */
@ConfigurationProperties("sandbox.buyers")
public record BuyersProperties(@DefaultValue("60s") Duration orderInterval, @DefaultValue("20s") Duration stepInterval,
        @DefaultValue("0.1") double cancelRate, @DefaultValue("0.05") double returnRate,
        @DefaultValue("3") int maxQuantity) {
}
