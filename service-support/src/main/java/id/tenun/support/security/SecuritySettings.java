package id.tenun.support.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The token issuers a service trusts ({@code tenun.security.issuers[n].*}), beside the key file of Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}, which stays the trusted issuer
 * {@link TrustedIssuers#LOCAL_KEY_ISSUER} (the local stack's printed tokens and the tests), and how long their tokens
 * may live.
 *
 * @param issuers the issuers whose tokens are accepted
 * @param maxTokenLifetime the longest {@code exp - iat} accepted (plus a minute of clock skew): the console issues
 *        access tokens for 15 minutes ({@code tenun.console.access-tokens-live})
 */
@ConfigurationProperties("tenun.security")
public record SecuritySettings(@DefaultValue List<TrustedIssuer> issuers,
        @DefaultValue("15m") Duration maxTokenLifetime) {

    public SecuritySettings {
        issuers = List.copyOf(issuers);
    }

    /**
     * One issuer whose tokens are accepted: its {@code iss}, and where its keys are. With neither a key set nor a
     * key file, the keys are found through the issuer's OpenID configuration on the first token.
     *
     * @param issuer the exact {@code iss} of its tokens, e.g. the console's {@code http://localhost:8080}
     * @param jwkSetUri where it publishes its keys, e.g. {@code http://localhost:8080/oauth2/jwks}
     * @param publicKeyLocation or one RSA public key in PEM, e.g. {@code file:data/keys/jwt-public.pem}
     */
    public record TrustedIssuer(String issuer, String jwkSetUri, Resource publicKeyLocation) {

        public TrustedIssuer {
            if (issuer == null || issuer.isBlank()) {
                throw new IllegalArgumentException("A trusted issuer needs its 'issuer' (the iss of its tokens)");
            }
            if (jwkSetUri != null && publicKeyLocation != null) {
                throw new IllegalArgumentException("Trusted issuer " + issuer
                        + ": set either 'jwk-set-uri' or 'public-key-location', not both");
            }
        }
    }
}
