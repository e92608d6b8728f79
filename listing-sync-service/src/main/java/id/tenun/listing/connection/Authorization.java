package id.tenun.listing.connection;

import java.time.Instant;

import id.tenun.events.LocalizedText;

/**
 * Where a shop's authorization stands: {@code ACTIVE}, or {@code NEEDS_REAUTHORIZATION} after the marketplace refused
 * to renew its tokens (refresh token revoked, expired or already used), with the marketplace's words and a sentence
 * for the group. {@code renewedAt} is the last successful token refresh; {@code refreshLeaseUntil} marks a refresh in
 * flight, so that only one instance spends a (single-use) refresh token.
 */
public record Authorization(State state, Instant renewedAt, Instant refreshLeaseUntil, Instant refusedAt,
        String marketplaceMessage, LocalizedText explanation) {

    public Authorization {
        // a connection stored before authorization was tracked, once a refresh claim touched it, holds no state
        state = state == null ? State.ACTIVE : state;
    }

    public enum State {

        ACTIVE,

        /** The marketplace refused to renew the tokens: nothing is sent to the shop until the group reconnects it. */
        NEEDS_REAUTHORIZATION

    }

    /** Fresh credentials from the group. */
    public static final Authorization NEW = new Authorization(State.ACTIVE, null, null, null, null, null);

    public static Authorization renewed(Instant at) {
        return new Authorization(State.ACTIVE, at, null, null, null, null);
    }

    /** The marketplace refused the refresh; {@code marketplaceMessage} never holds a token (the adapters' words). */
    public static Authorization refused(String channelName, String marketplaceMessage, Instant at) {
        return new Authorization(State.NEEDS_REAUTHORIZATION, null, null, at, marketplaceMessage, new LocalizedText(
                "Izin Tenun untuk toko di " + channelName + " sudah tidak berlaku. Hubungkan ulang toko: masuk ke "
                        + channelName + ", beri izin lagi, lalu simpan token yang baru di Tenun.",
                "Tenun's authorization for the shop on " + channelName + " is no longer valid. Reconnect the shop: "
                        + "sign in to " + channelName + ", authorize again, then save the new tokens in Tenun."));
    }

    public boolean needsReauthorization() {
        return state == State.NEEDS_REAUTHORIZATION;
    }

}
