package id.tenun.listing.connection.web;

import static id.tenun.listing.connection.ProductSelection.MAX_ID_LENGTH;
import static id.tenun.listing.connection.ProductSelection.MAX_PRODUCTS;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.events.LocalizedText;
import id.tenun.listing.connection.Authorization;
import id.tenun.listing.connection.ConnectShop;
import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.Connections;
import id.tenun.listing.connection.PriceRule;
import id.tenun.listing.connection.ProductSelection;
import id.tenun.listing.connection.ShopConnections;
import id.tenun.listing.connection.ShopSecrets;
import id.tenun.listing.connection.StockRule;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.NotFound;
import id.tenun.support.problems.Violations;
import id.tenun.support.security.CurrentUser;

/**
 * A group's shop per channel. Credentials go in, never out: the answer says only that they are stored, under
 * which key id, and when the access token expires.
 */
@RestController
@RequestMapping("/api/groups/{groupId}/connections/{channel}")
class ConnectionController {

    private final ShopConnections shops;
    private final Connections connections;
    private final Clock clock;

    ConnectionController(ShopConnections shops, Connections connections, Clock clock) {
        this.shops = shops;
        this.connections = connections;
        this.clock = clock;
    }

    @Operation(summary = "Set a group's connection to a channel")
    @PutMapping
    ConnectionView put(@PathVariable String groupId, @PathVariable String channel,
            @Valid @RequestBody ConnectionRequest request, CurrentUser user) {
        user.requireGroup(groupId, "Group", groupId);
        if (request.credentials() != null) {
            user.requireStaff("paste a shop's tokens (to move a shop authorized elsewhere). Connect the shop "
                    + "through the marketplace: POST /api/groups/" + groupId + "/connections/" + channel
                    + "/authorization");
        }
        ShopSecrets secrets = request.credentials() == null ? null : request.credentials().secrets(clock.instant());
        ConnectShop command = new ConnectShop(groupId, channel, request.shopId(), secrets,
                request.products() == null
                        ? null
                        : new ProductSelection(request.products().mode(), request.products().productIds()),
                request.price() == null ? null : request.price().rule(),
                request.stock() == null ? null : request.stock().rule());
        return ConnectionView.of(shops.connect(command));
    }

    @Operation(summary = "Read a group's connection to a channel")
    @GetMapping
    ConnectionView get(@PathVariable String groupId, @PathVariable String channel, CurrentUser user) {
        user.requireGroup(groupId, "Group", groupId);
        return connections.find(groupId, channel).filter(Connection::active).map(ConnectionView::of)
                .orElseThrow(() -> new NotFound("Connection", groupId + "/" + channel));
    }

    @Operation(summary = "Remove a group's connection to a channel")
    @DeleteMapping
    ResponseEntity<Void> delete(@PathVariable String groupId, @PathVariable String channel, CurrentUser user) {
        user.requireGroup(groupId, "Group", groupId);
        if (!shops.disconnect(groupId, channel)) {
            throw new NotFound("Connection", groupId + "/" + channel);
        }
        return ResponseEntity.noContent().build();
    }

    record ConnectionRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String shopId,
            @Valid Credentials credentials, @Valid Products products, @Valid Price price, @Valid Stock stock) {
    }

    /**
     * @param accessTokenExpiresAt when the access token expires; or {@code accessTokenExpiresIn}, seconds from now, as
     *        the marketplaces answer it (Shopee {@code expire_in}, Lazada {@code expires_in}); the token refresher
     *        renews it before then with the refresh token
     */
    record Credentials(@NotBlank @Size(max = 200) String appKey, @NotBlank @Size(max = 500) String appSecret,
            @NotBlank @Size(max = 2000) String accessToken, @Size(max = 2000) String refreshToken,
            Instant accessTokenExpiresAt, @Positive @Max(MAX_EXPIRES_IN) Long accessTokenExpiresIn,
            @Size(max = 200) String shopCipher, @Size(max = 64) String warehouseId, @Size(max = 64) String logisticId) {

        /** 400 days: longer than any marketplace grants (Lazada's 30-day tokens, TTS' 7 days, Shopee's 4 hours). */
        static final long MAX_EXPIRES_IN = 400L * 24 * 3600;
        /** No token expired before 2000: an earlier expiry is a mistake, not an old token. */
        static final Instant EARLIEST_EXPIRY = Violations.EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();

        ShopSecrets secrets(Instant now) {
            if (accessTokenExpiresAt != null && accessTokenExpiresIn != null) {
                throw InvalidInput.of("credentials.accessTokenExpiresIn",
                        "Isi accessTokenExpiresAt atau accessTokenExpiresIn, jangan keduanya.",
                        "Give accessTokenExpiresAt or accessTokenExpiresIn, not both.");
            }
            if (accessTokenExpiresAt != null && (accessTokenExpiresAt.isBefore(EARLIEST_EXPIRY)
                    || accessTokenExpiresAt.isAfter(now.plusSeconds(MAX_EXPIRES_IN)))) {
                throw InvalidInput.of("credentials.accessTokenExpiresAt",
                        "Harus sesudah " + EARLIEST_EXPIRY + " dan paling lama 400 hari dari sekarang.",
                        "Must lie after " + EARLIEST_EXPIRY + " and at most 400 days from now.");
            }
            Instant expiresAt = accessTokenExpiresIn != null
                    ? now.plusSeconds(accessTokenExpiresIn)
                    : accessTokenExpiresAt;
            Map<String, String> options = new LinkedHashMap<>();
            if (warehouseId != null && !warehouseId.isBlank()) {
                options.put("warehouse_id", warehouseId);
            }
            if (logisticId != null && !logisticId.isBlank()) {
                options.put("logistic_id", logisticId);
            }
            return new ShopSecrets(appKey, appSecret, accessToken, refreshToken, expiresAt, shopCipher, options, null);
        }

        @Override
        public String toString() {
            return "Credentials[***]";
        }

    }

    record Products(@NotNull ProductSelection.Mode mode,
            @Size(max = MAX_PRODUCTS) List<@NotBlank @Size(max = MAX_ID_LENGTH) String> productIds) {
    }

    record Price(@Min(1) @Max(PriceRule.MAX_RUPIAH) Long fixedRupiah,
            @DecimalMin("-99.99") @DecimalMax("1000") BigDecimal percent,
            @Min(-PriceRule.MAX_RUPIAH) @Max(PriceRule.MAX_RUPIAH) Long amountRupiah,
            @Min(1) @Max(PriceRule.MAX_ROUND_TO) Long roundTo, PriceRule.Rounding rounding,
            @Min(0) @Max(PriceRule.MAX_RUPIAH) Long minimumRupiah) {

        PriceRule rule() {
            return new PriceRule(fixedRupiah, PriceRule.basisPoints(percent), amountRupiah == null ? 0 : amountRupiah,
                    roundTo == null ? 1 : roundTo, rounding, minimumRupiah == null ? 0 : minimumRupiah);
        }

    }

    record Stock(@Min(0) @Max(100) Integer sharePercent, @Min(0) @Max(StockRule.MAX_UNITS) Long bufferUnits,
            @Min(0) @Max(StockRule.MAX_UNITS) Long maximumShown, @Min(0) @Max(StockRule.MAX_UNITS) Long zeroBelow) {

        StockRule rule() {
            return new StockRule(sharePercent == null ? 100 : sharePercent, bufferUnits == null ? 0 : bufferUnits,
                    maximumShown, zeroBelow == null ? 0 : zeroBelow);
        }

    }

    /** What is shown of a connection: never a secret. */
    record ConnectionView(String groupId, String channel, String shopId, boolean credentialsStored, String keyId,
            Instant accessTokenExpiresAt, AuthorizationView authorization, ProductSelection products, PriceRule price,
            StockRule stock, Instant createdAt, Instant updatedAt) {

        static ConnectionView of(Connection c) {
            return new ConnectionView(c.groupId(), c.channel(), c.shopId(), c.credentials() != null,
                    c.credentials() == null ? null : c.credentials().keyId(), c.accessTokenExpiresAt(),
                    AuthorizationView.of(c.authorization()), c.products(), c.price(), c.stock(), c.createdAt(),
                    c.updatedAt());
        }

    }

    /**
     * Whether Tenun may still act for the shop: {@code ACTIVE}, or {@code NEEDS_REAUTHORIZATION} since
     * {@code refusedAt} with the marketplace's words and what to do (id, en); when the tokens were last renewed.
     */
    record AuthorizationView(Authorization.State state, Instant renewedAt, Instant refusedAt,
            String marketplaceMessage, LocalizedText message) {

        static AuthorizationView of(Authorization a) {
            return new AuthorizationView(a.state(), a.renewedAt(), a.refusedAt(), a.marketplaceMessage(),
                    a.explanation());
        }

    }

}
