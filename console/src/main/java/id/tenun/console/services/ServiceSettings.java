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
 * @param channels the marketplaces Tenun sells on, in the order the pages show them
 */
@ConfigurationProperties("tenun.console.services")
public record ServiceSettings(@DefaultValue("http://localhost:8081") URI catalog,
        @DefaultValue("http://localhost:8082") URI listing,
        @DefaultValue("http://localhost:8083") URI orders,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue({
                "tokopedia", "shopee", "lazada"}) List<String> channels) {

    URI of(Service service) {
        return switch (service) {
            case CATALOG -> catalog;
            case LISTING -> listing;
            case ORDERS -> orders;
        };
    }
}
