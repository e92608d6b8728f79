package id.tenun.sandbox.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The tokens the sandbox issued, per channel and shop, in memory. A shop's configured access token is its initial one
 * and never expires (so demo and tests that use it are unaffected); tokens issued by a refresh expire after the
 * channel's lifetime and are then refused as expired. A refresh rotates the refresh token: the one used stops working,
 * as on the real marketplaces; so does a new grant for an authorization code. Thread-safe: two refreshes with the same
 * token give one grant.
 */
@Component
public class ShopTokens {

    /** The lifetime of an issued access token where the channel sets none: the real marketplaces' shortest (Shopee). */
    public static final Duration ACCESS_LIFETIME = Duration.ofHours(4);

    /** The lifetime of an issued refresh token where the channel sets none. */
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    /** What a presented access token is worth. */
    public enum Check {
        VALID, EXPIRED, UNKNOWN
    }

    /** A grant the sandbox issued. */
    public record Issued(String shopId, String accessToken, Instant accessTokenExpiresAt, String refreshToken,
            Instant refreshTokenExpiresAt) {

        @Override
        public String toString() {
            return "Issued[" + shopId + ", ***]";
        }
    }

    private record Refresh(String token, Instant expiresAt) {
    }

    private record Access(String channel, String shopId, Instant expiresAt) {
    }

    private final Clock clock;

    private final SecureRandom random = new SecureRandom();

    private final Map<String, Access> accessTokens = new HashMap<>();

    private final Map<String, Refresh> refreshTokens = new HashMap<>();

    public ShopTokens(Clock clock) {
        this.clock = clock;
    }

    /** An access token issued to the shop: valid, expired, or unknown (never issued here, or to another shop). */
    public synchronized Check check(String channel, String shopId, String token) {
        Access access = token == null ? null : accessTokens.get(token);
        if (access == null || !access.channel().equals(channel) || !access.shopId().equals(shopId)) {
            return Check.UNKNOWN;
        }
        return clock.instant().isBefore(access.expiresAt()) ? Check.VALID : Check.EXPIRED;
    }

    /** The shop an issued access token (valid or expired) belongs to. */
    public synchronized Optional<String> shopOf(String channel, String token) {
        Access access = token == null ? null : accessTokens.get(token);
        return access != null && access.channel().equals(channel) ? Optional.of(access.shopId()) : Optional.empty();
    }

    /**
     * Exchanges the presented refresh token of one of the channel's shops for a new access token and a new refresh
     * token; empty when it is not a shop's current refresh token (unknown, already used, or expired).
     *
     * @param configuredRefreshTokens per shop id, its configured (initial) refresh token, blank or null for none
     * @param accessLifetime the channel's access token lifetime, null for {@link #ACCESS_LIFETIME}
     * @param refreshLifetime the channel's refresh token lifetime, null for {@link #REFRESH_LIFETIME}
     */
    public synchronized Optional<Issued> refresh(String channel, Map<String, String> configuredRefreshTokens,
            String presented, Duration accessLifetime, Duration refreshLifetime) {
        Instant now = clock.instant();
        for (Map.Entry<String, String> shop : configuredRefreshTokens.entrySet()) {
            String key = channel + ":" + shop.getKey();
            Refresh current = refreshTokens.computeIfAbsent(key,
                    k -> new Refresh(shop.getValue() == null ? "" : shop.getValue(), null));
            if (current.token().isBlank() || !Signatures.matches(current.token(), presented)) {
                continue;
            }
            if (current.expiresAt() != null && !now.isBefore(current.expiresAt())) {
                return Optional.empty();
            }
            return Optional.of(grant(channel, shop.getKey(), now, accessLifetime, refreshLifetime));
        }
        return Optional.empty();
    }

    /**
     * A first grant to a shop, for an authorization code the seller gave: a new access token and a new refresh token;
     * the shop's refresh token before it stops working.
     *
     * @param accessLifetime the channel's access token lifetime, null for {@link #ACCESS_LIFETIME}
     * @param refreshLifetime the channel's refresh token lifetime, null for {@link #REFRESH_LIFETIME}
     */
    public synchronized Issued issue(String channel, String shopId, Duration accessLifetime, Duration refreshLifetime) {
        return grant(channel, shopId, clock.instant(), accessLifetime, refreshLifetime);
    }

    private Issued grant(String channel, String shopId, Instant now, Duration accessLifetime,
            Duration refreshLifetime) {
        forgetLongExpired(now);
        Issued issued = new Issued(shopId, token(channel, "at"),
                now.plus(accessLifetime == null ? ACCESS_LIFETIME : accessLifetime), token(channel, "rt"),
                now.plus(refreshLifetime == null ? REFRESH_LIFETIME : refreshLifetime));
        accessTokens.put(issued.accessToken(), new Access(channel, shopId, issued.accessTokenExpiresAt()));
        refreshTokens.put(channel + ":" + shopId, new Refresh(issued.refreshToken(), issued.refreshTokenExpiresAt()));
        return issued;
    }

    private void forgetLongExpired(Instant now) {
        accessTokens.values().removeIf(access -> access.expiresAt().isBefore(now.minus(Duration.ofDays(1))));
    }

    private String token(String channel, String kind) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return channel + "-sbx-" + kind + "-" + HexFormat.of().formatHex(bytes);
    }
}
