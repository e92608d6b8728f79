package id.tenun.console.group;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.tenun.console.services.CatalogAnswers.Category;
import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.CatalogAnswers.MovementPage;
import id.tenun.console.services.CatalogAnswers.Product;
import id.tenun.console.services.CatalogAnswers.ProductPage;
import id.tenun.console.services.ListingAnswers.Connection;
import id.tenun.console.services.ListingAnswers.Listing;
import id.tenun.console.services.ListingAnswers.ListingPage;
import id.tenun.console.services.OrderAnswers.BusinessRecord;
import id.tenun.console.services.OrderAnswers.OrderPage;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.services.ServiceRefused;
import id.tenun.console.services.ServiceSettings;
import id.tenun.console.web.Formats;
import id.tenun.console.web.PageNotFound;

/**
 * What a group's pages read from the services, as the signed-in person: the services decide what that person may
 * see (another group's data answers 404, which the pages show as "not found").
 */
@Component
public class GroupData {

    /** The most a page reads of one list: a group with more products than this is shown the first ones. */
    static final int PAGES_AT_MOST = 10;
    private static final int PAGE_SIZE = 100;
    private static final int LISTING_PAGE_SIZE = 200;

    private final ServiceSettings settings;

    GroupData(ServiceSettings settings) {
        this.settings = settings;
    }

    public Group group(As calls, String groupId) {
        return calls.get(Service.CATALOG, "/api/groups/{id}", Map.of("id", groupId), Group.class);
    }

    /** The categories a product or a group's products' kinds can be, named for the reader. */
    public List<CategoryChoice> categories(As calls, Locale locale) {
        return CategoryChoice.of(List.of(calls.get(Service.CATALOG, "/api/categories", Map.of(), Category[].class)),
                locale);
    }

    public Product product(As calls, String groupId, String productId) {
        Product product = calls.get(Service.CATALOG, "/api/products/{id}", Map.of("id", productId),
                Product.class);
        if (!groupId.equals(product.groupId())) {
            throw new PageNotFound("Product " + productId + " is not one of group " + groupId + "'s");
        }
        return product;
    }

    /** The group's products (archived last), each with its badge on every marketplace. */
    public List<ProductRow> productRows(As calls, String groupId, Locale locale) {
        List<Product> products = new ArrayList<>();
        for (int page = 0; page < PAGES_AT_MOST; page++) {
            ProductPage answer = calls.get(Service.CATALOG, "/api/products?groupId={g}&page={p}&size={s}",
                    Map.of("g", groupId, "p", page, "s", PAGE_SIZE), ProductPage.class);
            products.addAll(answer.items());
            if ((long) (page + 1) * PAGE_SIZE >= answer.total()) {
                break;
            }
        }
        List<Listing> listings = listings(calls, groupId);
        return products.stream()
                .sorted((a, b) -> Boolean.compare(a.archived(), b.archived()))
                .map(product -> new ProductRow(product,
                        ChannelBadge.of(product, listings, settings.channels(), locale)))
                .toList();
    }

    private List<Listing> listings(As calls, String groupId) {
        List<Listing> listings = new ArrayList<>();
        for (int page = 0; page < PAGES_AT_MOST; page++) {
            ListingPage answer = calls.get(Service.LISTING, "/api/listings?groupId={g}&page={p}&size={s}",
                    Map.of("g", groupId, "p", page, "s", LISTING_PAGE_SIZE), ListingPage.class);
            listings.addAll(answer.items());
            if ((long) (page + 1) * LISTING_PAGE_SIZE >= answer.total()) {
                break;
            }
        }
        return listings;
    }

    /** The group's shop on every marketplace Tenun sells on, in that order; null where none is connected. */
    public Map<String, Connection> shops(As calls, String groupId) {
        Map<String, Connection> shops = new LinkedHashMap<>();
        for (String channel : settings.channels()) {
            try {
                shops.put(channel, calls.get(Service.LISTING, "/api/groups/{g}/connections/{c}",
                        Map.of("g", groupId, "c", channel), Connection.class));
            } catch (ServiceRefused refused) {
                if (refused.status().value() != 404) {
                    throw refused;
                }
                shops.put(channel, null);
            }
        }
        return shops;
    }

    public boolean sellsOn(String channel) {
        return settings.channels().contains(channel);
    }

    public MovementPage movements(As calls, String productId, int page) {
        return calls.get(Service.CATALOG, "/api/products/{id}/stock-movements?page={p}&size=20",
                Map.of("id", productId, "p", page), MovementPage.class);
    }

    /** The group's orders placed in the month (WITA), newest first. */
    public OrderPage orders(As calls, String groupId, YearMonth month, int page, int size) {
        return calls.get(Service.ORDERS, "/api/orders?groupId={g}&from={from}&to={to}&page={p}&size={s}",
                Map.of("g", groupId, "from", month.atDay(1), "to", month.atEndOfMonth(), "p", page, "s", size),
                OrderPage.class);
    }

    /** The group's newest orders, whenever placed. */
    public OrderPage latestOrders(As calls, String groupId, int size) {
        return calls.get(Service.ORDERS, "/api/orders?groupId={g}&size={s}", Map.of("g", groupId, "s", size),
                OrderPage.class);
    }

    /** This month and the one before, oldest first. */
    public BusinessRecord lastTwoMonths(As calls, String groupId) {
        return businessRecord(calls, groupId, 2);
    }

    /** The group's figures of the last {@code months} WITA months, this one included (oldest first). */
    public BusinessRecord businessRecord(As calls, String groupId, int months) {
        return calls.get(Service.ORDERS, "/api/groups/{g}/business-record?months={m}",
                Map.of("g", groupId, "m", months), BusinessRecord.class);
    }

    /**
     * The group's figures of the WITA months {@code from} to {@code to} ({@code 2025-01}, as typed: the order service
     * checks them and refuses what it cannot take, naming {@code from} or {@code to}); blank: the last 12 months.
     */
    public BusinessRecord businessRecord(As calls, String groupId, String from, String to) {
        return calls.get(Service.ORDERS, "/api/groups/{g}/business-record?from={f}&to={t}",
                Map.of("g", groupId, "f", from == null ? "" : from.strip(), "t", to == null ? "" : to.strip()),
                BusinessRecord.class);
    }

    public static YearMonth thisMonth() {
        return YearMonth.now(Formats.WITA);
    }

    public static LocalDate today() {
        return LocalDate.now(Formats.WITA);
    }
}
