package id.tenun.console.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import id.tenun.console.signingkey.SigningKeyRing;
import id.tenun.console.user.User;
import id.tenun.support.security.CurrentUser;

/**
 * Access tokens for the console's own pages, which call the services as the signed-in person: the same claims a
 * client's token of that person carries ({@code sub}, {@code roles}, {@code groups}, signed with the active key),
 * so every rule stays in the service that owns the data. They live {@link #LIFE} at most.
 */
@Component
public class UserTokens {

    /** Long enough for one page's calls, short enough that a disabled user's pages stop at once. */
    static final Duration LIFE = Duration.ofMinutes(2);

    private final NimbusJwtEncoder encoder;
    private final SigningKeyRing keys;
    private final IdentitySettings settings;
    private final Clock clock;

    UserTokens(SigningKeyRing keys, IdentitySettings settings, Clock clock) {
        this.encoder = new NimbusJwtEncoder(keys);
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /** A token of this active user, to send as {@code Authorization: Bearer}. */
    public String accessToken(User user) {
        if (!user.active()) {
            throw new IllegalStateException("A disabled user gets no token: " + user.id());
        }
        Instant now = clock.instant();
        Duration life = settings.accessTokensLive().compareTo(LIFE) < 0 ? settings.accessTokensLive() : LIFE;
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .subject(user.id())
                .audience(List.of("tenun-console"))
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(life))
                .id(UUID.randomUUID().toString())
                .claim(CurrentUser.ROLES_CLAIM, user.rolesClaim())
                .claim(CurrentUser.GROUPS_CLAIM, user.groupsClaim())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.activeKid()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
