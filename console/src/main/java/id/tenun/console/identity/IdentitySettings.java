package id.tenun.console.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console as the identity provider ({@code tenun.console.*}).
 *
 * @param issuer the {@code iss} of every token, and the address the services trust
 * @param accessTokensLive how long an access token is valid (keep it within the signing keys'
 *        {@code retain-after-rotation})
 * @param cliRedirectUris where the public command-line client ({@code tenun-cli}, PKCE) may receive its code
 */
@ConfigurationProperties("tenun.console")
record IdentitySettings(@DefaultValue("http://localhost:8080") String issuer,
        @DefaultValue("15m") Duration accessTokensLive,
        @DefaultValue("http://127.0.0.1/callback") List<String> cliRedirectUris) {
}
