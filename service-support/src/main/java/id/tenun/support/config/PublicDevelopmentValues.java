package id.tenun.support.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.env.Environment;

/**
 * The secrets and addresses this repository publishes for local development (the sandbox's demo apps, the listing
 * sealing key, a Shopee callback on localhost or none, no console sealing key): a service that would run on one of them
 * outside local development refuses to start, saying which setting to give. {@code tenun.local-development=true}
 * (set by the local stack, docker-compose with the sandbox, and the tests) allows them.
 */
public final class PublicDevelopmentValues {

    /** The switch that allows them. */
    public static final String LOCAL_DEVELOPMENT = "tenun.local-development";

    /** Setting → [public value, the environment variable that replaces it]; an empty value means "not set". */
    private static final Map<String, List<String>> PUBLIC = Map.ofEntries(
            Map.entry("tenun.listing.secrets.key",
                    List.of("bG9jYWwtZGV2LW9ubHktbm90LWEtc2VjcmV0LWtleSE=", "TENUN_LISTING_SECRET_KEY")),
            Map.entry("tenun.listing.channels.tokopedia.app-secret",
                    List.of("tenun-demo-tts-secret", "TENUN_TOKOPEDIA_APP_SECRET")),
            Map.entry("tenun.listing.channels.shopee.app-secret",
                    List.of("tenun-demo-shopee-partner-key", "TENUN_SHOPEE_PARTNER_KEY")),
            Map.entry("tenun.listing.channels.lazada.app-secret",
                    List.of("tenun-demo-lazada-secret", "TENUN_LAZADA_APP_SECRET")),
            Map.entry("tenun.orders.marketplaces.channels.tokopedia.app-secret",
                    List.of("tenun-demo-tts-secret", "TENUN_TOKOPEDIA_APP_SECRET")),
            Map.entry("tenun.orders.marketplaces.channels.shopee.app-secret",
                    List.of("tenun-demo-shopee-partner-key", "TENUN_SHOPEE_PARTNER_KEY")),
            Map.entry("tenun.orders.marketplaces.channels.lazada.app-secret",
                    List.of("tenun-demo-lazada-secret", "TENUN_LAZADA_APP_SECRET")),
            Map.entry("tenun.orders.marketplaces.channels.shopee.webhook-callback-url",
                    List.of("http://localhost:8083/webhooks/shopee", "TENUN_SHOPEE_WEBHOOK_URL")),
            Map.entry("tenun.console.signing-keys.sealing-key", List.of("", "TENUN_CONSOLE_SEALING_KEY")));

    /**
     * Settings that are refused empty too: Shopee signs its pushes over the callback URL exactly as registered, so an
     * empty one would verify no push.
     */
    private static final Set<String> NOT_EMPTY = Set.of(
            "tenun.orders.marketplaces.channels.shopee.webhook-callback-url");

    private PublicDevelopmentValues() {
    }

    /** The settings of this environment that hold a public development value; none in local development. */
    public static List<String> inUse(Environment environment) {
        List<String> found = new ArrayList<>();
        if (environment.getProperty(LOCAL_DEVELOPMENT, Boolean.class, false)) {
            return found;
        }
        PUBLIC.forEach((key, publicValue) -> {
            String value = environment.getProperty(key, "").strip();
            if (environment.containsProperty(key)
                    && (publicValue.get(0).equals(value) || value.isEmpty() && NOT_EMPTY.contains(key))) {
                found.add(key + " (set " + publicValue.get(1) + ")");
            }
        });
        found.sort(null);
        return found;
    }

    /**
     * Throws with a clear message if this environment would run on a public development value.
     *
     * @throws IllegalStateException naming each setting and the environment variable to set
     */
    public static void refuseOutsideLocalDevelopment(Environment environment) {
        List<String> found = inUse(environment);
        if (!found.isEmpty()) {
            throw new IllegalStateException("This service would run on values published for local development only: "
                    + String.join(", ", found) + ". Give it its own values, or set " + LOCAL_DEVELOPMENT
                    + "=true on a developer's machine.");
        }
    }
}
