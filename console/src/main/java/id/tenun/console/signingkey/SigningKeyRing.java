package id.tenun.console.signingkey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The console's signing keys as the authorization server sees them: the one active key signs (its kid goes in every
 * token's header), and the JWKS publishes it with the retired keys whose tokens may still be valid. The first start
 * creates a key; keys live in MongoDB, so a restart (or a second console) signs with the same one. Rotation makes a
 * new active key, on demand or when the active one reaches {@link SigningKeySettings#rotateAfter()}.
 */
@Component
public class SigningKeyRing implements JWKSource<SecurityContext> {

    private static final String CHECK_EVERY = "${tenun.console.signing-keys.check-every:1h}";

    private static final Logger log = LoggerFactory.getLogger(SigningKeyRing.class);

    private final SigningKeys keys;
    private final SigningKeySettings settings;
    private final Clock clock;
    private final KeySeal seal;
    /** Keys once opened, by kid: a key's material never changes, so it is unsealed and parsed once. */
    private final Map<String, RSAKey> opened = new ConcurrentHashMap<>();

    SigningKeyRing(SigningKeys keys, SigningKeySettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        this.seal = KeySeal.of(settings.sealingKey());
        if (!seal.seals()) {
            log.warn("No sealing key (tenun.console.signing-keys.sealing-key): private signing keys are stored "
                    + "unsealed in MongoDB");
        }
        if (keys.newestFirst().isEmpty()) {
            SigningKey first = SigningKey.generate(clock.instant(), seal);
            keys.add(first);
            log.info("Created the first signing key {}", first.kid());
        }
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(new JWKSet(published().stream()
                .map(key -> (JWK) opened.computeIfAbsent(key.kid(), kid -> key.jwk(seal))).toList()));
    }

    /** The kid of the key that signs now. */
    public String activeKid() {
        return active().kid();
    }

    /** The kids in the JWKS, the active one first. */
    public List<String> publishedKids() {
        return published().stream().map(SigningKey::kid).toList();
    }

    /** Makes a new key the one that signs; the replaced key stays published. Returns the new kid. */
    public synchronized String rotate() {
        Instant now = clock.instant();
        SigningKey next = SigningKey.generate(now, seal);
        keys.add(next);
        keys.retireAllBut(next.kid(), now);
        keys.deleteRetiredBefore(now.minus(settings.retainAfterRotation()));
        opened.keySet().retainAll(keys.newestFirst().stream().map(SigningKey::kid).toList());
        log.info("Rotated the signing key: {} signs now", next.kid());
        return next.kid();
    }

    /** Rotates when the active key has reached its age. */
    @Scheduled(fixedDelayString = CHECK_EVERY, initialDelayString = CHECK_EVERY)
    public void rotateWhenOld() {
        if (!active().createdAt().plus(settings.rotateAfter()).isAfter(clock.instant())) {
            rotate();
        }
    }

    private SigningKey active() {
        return keys.newestFirst().stream().filter(key -> !key.retired()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No active signing key"));
    }

    private List<SigningKey> published() {
        Instant cutoff = clock.instant().minus(settings.retainAfterRotation());
        List<SigningKey> all = keys.newestFirst();
        String activeKid = all.stream().filter(key -> !key.retired()).findFirst().map(SigningKey::kid).orElse(null);
        return all.stream()
                .filter(key -> key.kid().equals(activeKid) || key.retired() && key.retiredAt().isAfter(cutoff))
                .toList();
    }
}
