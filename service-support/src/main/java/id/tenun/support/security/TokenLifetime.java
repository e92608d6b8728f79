package id.tenun.support.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token that says when it was issued ({@code iat}) and when it expires ({@code exp}) further apart than its
 * issuer's tokens live, that leaves either out, or that claims to be issued in the future: a token minted to last for
 * years, by a leaked key or a careless script, is refused even before it expires. Allows the same clock skew as the
 * expiry check.
 */
final class TokenLifetime implements OAuth2TokenValidator<Jwt> {

    /** The clock skew Spring Security's expiry check allows, and this check too. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Duration longest;

    TokenLifetime(Duration longest) {
        if (longest == null || longest.isNegative() || longest.isZero()) {
            throw new IllegalArgumentException("tenun.security.max-token-lifetime must be positive: " + longest);
        }
        this.longest = longest;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant issued = token.getIssuedAt();
        Instant expires = token.getExpiresAt();
        if (issued == null || expires == null) {
            return refused("The token must say when it was issued (iat) and when it expires (exp)");
        }
        if (issued.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            return refused("The token says it was issued in the future (iat)");
        }
        if (Duration.between(issued, expires).compareTo(longest.plus(CLOCK_SKEW)) > 0) {
            return refused("The token lives longer than its issuer's tokens (at most " + longest + ")");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult refused(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
