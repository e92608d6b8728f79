package id.tenun.console.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/** The identity provider's authorizations: found by what they hold while they matter, then forgotten. */
class ExpiringAuthorizationsUnitTests {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final RegisteredClient CLI = RegisteredClient.withId("cli").clientId("tenun-cli")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("http://127.0.0.1/callback")
            .build();

    private final AtomicLong nanos = new AtomicLong();
    private final ExpiringAuthorizations authorizations = new ExpiringAuthorizations(Duration.ofMinutes(16),
            nanos::get);

    @Test
    void findsAnAuthorizationByItsStateCodeOrTokenAndNothingByAnotherKind() {
        OAuth2Authorization granted = authorization("a1", "state-1", "code-1", "token-1");
        authorizations.save(granted);

        assertThat(authorizations.findById("a1")).isSameAs(granted);
        assertThat(authorizations.findByToken("state-1", new OAuth2TokenType(OAuth2ParameterNames.STATE)))
                .isSameAs(granted);
        assertThat(authorizations.findByToken("code-1", new OAuth2TokenType(OAuth2ParameterNames.CODE)))
                .isSameAs(granted);
        assertThat(authorizations.findByToken("token-1", OAuth2TokenType.ACCESS_TOKEN)).isSameAs(granted);
        assertThat(authorizations.findByToken("token-1", null)).isSameAs(granted);
        assertThat(authorizations.findByToken("code-1", OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(authorizations.findByToken("token-2", null)).isNull();

        authorizations.remove(granted);
        assertThat(authorizations.findById("a1")).isNull();
    }

    @Test
    void forgetsEachAuthorizationOnceItCanNoLongerMatter() {
        for (int i = 0; i < 1_000; i++) {
            authorizations.save(authorization("a" + i, "s" + i, "c" + i, "t" + i));
        }
        nanos.addAndGet(Duration.ofMinutes(15).toNanos());
        authorizations.save(authorization("late", "s-late", "c-late", "t-late"));
        assertThat(authorizations.size()).isEqualTo(1_001);

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());

        assertThat(authorizations.size()).as("only the one written within the last 16 minutes").isEqualTo(1);
        assertThat(authorizations.findByToken("t-late", OAuth2TokenType.ACCESS_TOKEN)).isNotNull();
        assertThat(authorizations.findByToken("t1", OAuth2TokenType.ACCESS_TOKEN)).isNull();
    }

    private static OAuth2Authorization authorization(String id, String state, String code, String token) {
        return OAuth2Authorization.withRegisteredClient(CLI).id(id).principalName("user-1")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .attribute(OAuth2ParameterNames.STATE, state)
                .token(new OAuth2AuthorizationCode(code, NOW, NOW.plusSeconds(300)))
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, NOW,
                        NOW.plusSeconds(900)))
                .build();
    }
}
