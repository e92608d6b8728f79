package id.tenun.sandbox.sellers;

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
 * The authorization codes sellers granted, in memory: random, bound to the channel and the shop, good once and only
 * until they expire, as on the real marketplaces (TTS and Lazada 30 minutes, Shopee 10).
 */
@Component
public class AuthorizationCodes {

    private record Granted(String channel, String shopId, Instant expiresAt) {
    }

    private final Clock clock;

    private final SecureRandom random = new SecureRandom();

    private final Map<String, Granted> codes = new HashMap<>();

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new code for the shop, beginning with the channel's prefix. */
    public synchronized String issue(String channel, String shopId, String prefix, Duration lifetime) {
        Instant now = clock.instant();
        codes.values().removeIf(granted -> !now.isBefore(granted.expiresAt()));
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String code = prefix + HexFormat.of().formatHex(bytes);
        codes.put(code, new Granted(channel, shopId, now.plus(lifetime)));
        return code;
    }

    /**
     * The shop a code was granted for; empty when the channel never issued it, it was used, or it expired. Presenting
     * a code spends it, even an expired one.
     */
    public synchronized Optional<String> redeem(String channel, String code) {
        Granted granted = code == null ? null : codes.get(code);
        if (granted == null || !granted.channel().equals(channel)) {
            return Optional.empty();
        }
        codes.remove(code);
        return clock.instant().isBefore(granted.expiresAt()) ? Optional.of(granted.shopId()) : Optional.empty();
    }
}
