package id.tenun.listing.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import id.tenun.listing.connection.Authorization;
import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.Connections;
import id.tenun.listing.connection.ShopConnections;
import id.tenun.listing.connection.ShopSecrets;
import id.tenun.listing.shop.ShopClients;
import id.tenun.listing.shop.ShopGuard;
import id.tenun.listing.shop.ShopGuards;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.TokenGrant;

/**
 * Renews shops' access tokens before they expire: every {@code check-interval} it takes the connections whose token
 * has less than {@code refresh-before} left, and for each exchanges the refresh token with the marketplace, seals the
 * new tokens and stores them with the new expiry. A refresh token is single-use (it rotates), so a connection is
 * claimed first (a conditional update on its credentials and a lease) and the new tokens are stored only while the
 * claim holds: of several instances, one renews. A refused refresh (revoked, expired or spent refresh token) marks the
 * connection {@code NEEDS_REAUTHORIZATION}, shown to the group, and no listing call is made for it until the group
 * reconnects. Tokens are never logged.
 */
@Component
public class TokenRefresher implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(TokenRefresher.class);

    /** What came of an attempt to renew. */
    public enum Renewal {
        /** New tokens are stored. */
        RENEWED,
        /** Another worker or instance holds the claim, or the credentials changed meanwhile. */
        BUSY,
        /** The marketplace could not be reached or was over quota: tried again at the next look. */
        FAILED,
        /** The marketplace refused (or there is no refresh token and the token expired): the group must reconnect. */
        REFUSED,
        /** No refresh token, and the access token has not expired yet. */
        NOT_POSSIBLE
    }

    /** What a listing whose call was refused for its credentials should do. */
    public enum AfterRefusal {
        /** New tokens are there: try again soon. */
        RETRY,
        /**
         * Tokens are being renewed elsewhere, or the marketplace could not be reached to renew them: an attempt that
         * failed, tried again with back-off (not at once, which would spend the shop's quota on refused calls).
         */
        BACK_OFF,
        /** Show the error: renewing does not help. */
        GIVE_UP
    }

    private final Connections connections;
    private final ShopConnections shops;
    private final ShopClients clients;
    private final ShopGuards guards;
    private final TokenSettings settings;
    private final Clock clock;

    TokenRefresher(Connections connections, ShopConnections shops, ShopClients clients, ShopGuards guards,
            TokenSettings settings,
            Clock clock) {
        this.connections = connections;
        this.shops = shops;
        this.clients = clients;
        this.guards = guards;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::renewDue, settings.checkInterval(), settings.checkInterval()));
    }

    void renewDue() {
        if (!settings.enabled()) {
            return;
        }
        Instant now = clock.instant();
        for (Connection due : connections.dueForRefresh(now.plus(settings.refreshBefore()), now)) {
            try {
                renew(due);
            } catch (RuntimeException e) {
                log.warn("Could not renew the tokens of connection {}: {}", due.id(), e.getClass().getSimpleName());
            }
        }
    }

    /**
     * A call with {@code used}'s credentials was refused for them: renews the tokens at once if that can help (they
     * were not renewed just now), so the listing is tried again with new ones instead of showing an error.
     */
    public AfterRefusal afterRefusal(Connection used) {
        Optional<Connection> current = connections.findById(used.id());
        if (current.isEmpty() || current.get().needsReauthorization()) {
            return AfterRefusal.GIVE_UP;
        }
        if (!current.get().sameCredentials(used)) {
            return AfterRefusal.RETRY;
        }
        Instant renewedAt = current.get().authorization().renewedAt();
        if (renewedAt != null && renewedAt.isAfter(clock.instant().minus(settings.minRenewalInterval()))) {
            return AfterRefusal.GIVE_UP;
        }
        return switch (renew(current.get())) {
            case RENEWED -> AfterRefusal.RETRY;
            case BUSY, FAILED -> AfterRefusal.BACK_OFF;
            case REFUSED, NOT_POSSIBLE -> AfterRefusal.GIVE_UP;
        };
    }

    public Renewal renew(Connection connection) {
        Instant now = clock.instant();
        Optional<Connection> claim = connections.claimRefresh(connection, now, now.plus(settings.lease()));
        if (claim.isEmpty()) {
            return Renewal.BUSY;
        }
        Connection claimed = claim.get();
        ShopSecrets secrets = shops.open(claimed);
        if (!secrets.canRefresh()) {
            if (claimed.accessTokenExpiresAt() != null && !claimed.accessTokenExpiresAt().isAfter(now)) {
                return refused(claimed, "The access token expired and there is no refresh token to renew it");
            }
            connections.releaseRefresh(claimed);
            return Renewal.NOT_POSSIBLE;
        }
        TokenGrant grant;
        try {
            // under the shop's guard: a renewal spends the shop's quota like any other call of it
            grant = guards.of(claimed.channel(), claimed.shopId()).read(1,
                    () -> clients.auth(claimed).refresh(ShopClients.credentials(claimed, secrets),
                            secrets.refreshToken()));
        } catch (ShopGuard.Deferral notNow) {
            connections.releaseRefresh(claimed);
            log.info("Renewing the tokens of connection {} waits: {}", claimed.id(), notNow.getMessage());
            return Renewal.BUSY;
        } catch (MarketplaceCallFailed failed) {
            if (failed.kind() == MarketplaceCallFailed.Kind.AUTHENTICATION
                    || failed.kind() == MarketplaceCallFailed.Kind.REFUSED) {
                return refused(claimed, failed.getMessage());
            }
            connections.releaseRefresh(claimed);
            log.warn("Could not renew the tokens of connection {} ({}): {}; trying again later", claimed.id(),
                    failed.kind(), failed.getMessage());
            return Renewal.FAILED;
        }
        if (!shops.storeRenewed(claimed, secrets.renewed(grant.accessToken(), grant.accessTokenExpiresAt(),
                grant.refreshToken(), grant.refreshTokenExpiresAt()))) {
            log.warn("Renewed the tokens of connection {}, but its credentials changed meanwhile; the new ones stay",
                    claimed.id());
            return Renewal.BUSY;
        }
        log.info("Renewed the tokens of connection {}: the access token is valid until {}", claimed.id(),
                grant.accessTokenExpiresAt());
        return Renewal.RENEWED;
    }

    private Renewal refused(Connection claimed, String why) {
        String channel = Channel.of(claimed.channel()).displayName();
        connections.markRefused(claimed, Authorization.refused(channel, why, clock.instant()));
        log.warn("{} refused to renew the tokens of connection {}: {}; the group has to reconnect the shop", channel,
                claimed.id(), why);
        return Renewal.REFUSED;
    }

}
