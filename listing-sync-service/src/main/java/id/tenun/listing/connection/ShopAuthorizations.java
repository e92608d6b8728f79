package id.tenun.listing.connection;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import id.tenun.marketplaces.Channel;
import id.tenun.support.problems.Conflict;
import id.tenun.support.problems.InvalidInput;

/**
 * A group connects its shop the marketplace's way: {@link #start} sends the seller to the marketplace's authorization
 * page with a random state bound to the group, the channel and the user; {@link #complete} takes the seller back,
 * spends the state (once, before it expires), exchanges the code for the shop's credentials and connects the shop to
 * the state's group. Every refusal stores nothing but the spent state.
 */
@Service
public class ShopAuthorizations {

    private static final Logger log = LoggerFactory.getLogger(ShopAuthorizations.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PendingAuthorizations pending;
    private final ShopAuthorizer authorizer;
    private final ShopConnections shops;
    private final ShopSettings settings;
    private final Clock clock;

    ShopAuthorizations(PendingAuthorizations pending, ShopAuthorizer authorizer, ShopConnections shops,
            ShopSettings settings, Clock clock) {
        this.pending = pending;
        this.authorizer = authorizer;
        this.shops = shops;
        this.settings = settings;
        this.clock = clock;
    }

    /** Where to send the seller, and until when their answer is taken. */
    public record Started(URI authorizationUrl, Instant expiresAt) {
    }

    /**
     * The marketplace's redirect back: {@code code} and {@code state}, Shopee's {@code shop_id}, and {@code error}
     * when the seller refused (TikTok Shop also sends {@code code=null} then).
     */
    public record SellerCallback(String code, String state, String shopId, String error) {

        boolean granted() {
            return (error == null || error.isBlank()) && code != null && !code.isBlank() && !"null".equals(code);
        }
    }

    public Started start(String groupId, String channel, String startedBy) {
        Channel known = known(channel);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.stateLifetime());
        URI url = authorizer.authorizationUrl(known.id(), state, settings.callbackUrl(known.id()));
        pending.save(new PendingAuthorization(hash(state), groupId, known.id(), startedBy, now, expiresAt, null));
        return new Started(url, expiresAt);
    }

    /**
     * Connects the shop the seller granted to the group that started the authorization.
     *
     * @throws InvalidInput for a missing, unknown or expired state, a refused grant or a code the marketplace refused
     * @throws Conflict for a state already used, or a shop another group holds
     * @throws ShopAuthorizer.CodeExchangeFailed when the marketplace could not be reached
     */
    public Connection complete(String channel, SellerCallback callback) {
        Channel known = known(channel);
        String state = callback.state();
        if (state == null || state.isBlank() || state.length() > 200) {
            throw unknownState();
        }
        PendingAuthorizations.Claim claim = pending.claim(hash(state.strip()), clock.instant());
        switch (claim.outcome()) {
            case UNKNOWN -> throw unknownState();
            case EXPIRED -> throw InvalidInput.of("state",
                    "Waktu untuk memberi izin sudah habis. Mulai lagi menghubungkan toko dari Tenun.",
                    "The time to grant access has run out. Start connecting the shop again from Tenun.");
            case USED -> throw new Conflict(
                    "Tautan izin ini sudah dipakai sekali. Mulai lagi menghubungkan toko dari Tenun bila perlu.",
                    "This authorization has already been used once. Start connecting the shop again from Tenun if "
                            + "needed.");
            case CLAIMED -> {
                // the one use of the state: go on
            }
        }
        PendingAuthorization started = claim.pending().orElseThrow();
        if (!started.channel().equals(known.id())) {
            throw unknownState();
        }
        if (!callback.granted()) {
            throw InvalidInput.of("error",
                    "Penjual tidak memberi Tenun izin untuk toko di " + known.displayName()
                            + ". Tidak ada yang terhubung; mulai lagi bila ingin menghubungkan toko.",
                    "The seller did not grant Tenun access to the shop on " + known.displayName()
                            + ". Nothing was connected; start again to connect the shop.");
        }
        ShopAuthorizer.AuthorizedShop shop;
        try {
            shop = authorizer.exchange(known.id(), callback.code(), callback.shopId());
        } catch (ShopAuthorizer.CodeExchangeFailed failed) {
            if (!failed.refused()) {
                log.warn("{} did not answer the authorization code of group {}: {}", known.displayName(),
                        started.groupId(), failed.getMessage());
                throw failed;
            }
            throw InvalidInput.of("code",
                    known.displayName() + " menolak kode izin ini (sudah dipakai, kedaluwarsa atau salah). Tidak ada "
                            + "yang terhubung; mulai lagi dari Tenun.",
                    known.displayName() + " refused this authorization code (already used, expired or wrong): "
                            + failed.getMessage() + ". Nothing was connected; start again from Tenun.");
        }
        return shops.connectAuthorized(started.groupId(), known.id(), shop.shopId(), shop.secrets());
    }

    private static Channel known(String channel) {
        return Channel.byId(channel).orElseThrow(() -> InvalidInput.of("channel",
                "Harus salah satu dari " + Channel.ids() + ".", "Must be one of " + Channel.ids() + "."));
    }

    private static InvalidInput unknownState() {
        return InvalidInput.of("state",
                "Tautan ini tidak dimulai dari Tenun atau sudah diubah. Mulai menghubungkan toko dari Tenun.",
                "This link was not started from Tenun, or was altered. Start connecting the shop from Tenun.");
    }

    /** The state as stored: its SHA-256, hex, so that the database never holds a usable state. */
    static String hash(String state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
