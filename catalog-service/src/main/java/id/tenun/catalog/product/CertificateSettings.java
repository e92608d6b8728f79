package id.tenun.catalog.product;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The certificate expiry check ({@code tenun.catalog.certificates.*}).
 *
 * @param expiryCheck when to look for certificates that expired since their product was last written: a cron
 *        expression in WITA, by default daily at 00:05 (a certificate is valid through its expiry day); {@code -}
 *        turns the schedule off
 * @param checkOnStart also look once right after start-up
 */
@ConfigurationProperties("tenun.catalog.certificates")
public record CertificateSettings(@DefaultValue("0 5 0 * * *") String expiryCheck,
        @DefaultValue("true") boolean checkOnStart) {
}
