package id.tenun.console.services;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the console finds the services its pages read and change ({@code tenun.console.services.*}).
 *
 * @param catalog the catalog service (groups, products, stock)
 * @param listing listing sync (listings, shops)
 * @param orders the order service (orders, sales)
 * @param timeout how long a page waits for one service call before it says the service cannot be reached
 * @param channels the marketplaces Tenun sells on, in the order the pages show them (the list is in
 *        {@code application.yml}: channel ids live with the marketplaces and their settings, not in code)
 */
@ConfigurationProperties("tenun.console.services")
public record ServiceSettings(URI catalog, URI listing, URI orders,
        @DefaultValue("10s") Duration timeout, List<String> channels) {

    public ServiceSettings {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    URI of(Service service) {
        return switch (service) {
            case CATALOG -> catalog;
            case LISTING -> listing;
            case ORDERS -> orders;
        };
    }
}
