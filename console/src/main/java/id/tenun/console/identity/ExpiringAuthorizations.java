package id.tenun.console.identity;

import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorizations the identity provider granted (a sign-in's state and code on their way to a token, and the
 * tokens issued), kept only while they can matter: an access token is a JWT that the services verify on their own,
 * so an authorization is forgotten {@code keep} after it was last written (a code is exchanged within minutes, a
 * token lives {@code access-tokens-live}). Spring's in-memory service kept every one for good, one per token issued.
 * In this console's memory: several consoles behind one address would need a shared store.
 */
final class ExpiringAuthorizations implements OAuth2AuthorizationService {

    /** A safety bound: far above the sign-ins of a programme within {@code keep}. */
    private static final long MOST = 200_000;

    private final Cache<String, OAuth2Authorization> byId;

    ExpiringAuthorizations(Duration keep, Ticker ticker) {
        this.byId = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(MOST).ticker(ticker).build();
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        byId.put(authorization.getId(), authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        byId.invalidate(authorization.getId());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return byId.getIfPresent(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        for (OAuth2Authorization authorization : byId.asMap().values()) {
            if (holds(authorization, token, tokenType)) {
                return authorization;
            }
        }
        return null;
    }

    /** How many are kept now (for tests and the curious). */
    long size() {
        byId.cleanUp();
        return byId.estimatedSize();
    }

    private static boolean holds(OAuth2Authorization authorization, String token, OAuth2TokenType type) {
        String kind = type == null ? null : type.getValue();
        if (kind == null || OAuth2ParameterNames.STATE.equals(kind)) {
            if (token.equals(authorization.getAttribute(OAuth2ParameterNames.STATE))) {
                return true;
            }
        }
        for (Map.Entry<String, Class<? extends OAuth2Token>> held : TOKENS.entrySet()) {
            if ((kind == null || held.getKey().equals(kind)) && holds(authorization, token, held.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, Class<? extends OAuth2Token>> TOKENS = Map.of(
            OAuth2ParameterNames.CODE, OAuth2AuthorizationCode.class,
            OAuth2TokenType.ACCESS_TOKEN.getValue(), OAuth2AccessToken.class,
            OAuth2TokenType.REFRESH_TOKEN.getValue(), OAuth2RefreshToken.class,
            OidcParameterNames.ID_TOKEN, OidcIdToken.class);

    private static boolean holds(OAuth2Authorization authorization, String token,
            Class<? extends OAuth2Token> kind) {
        OAuth2Authorization.Token<? extends OAuth2Token> held = authorization.getToken(kind);
        return held != null && token.equals(held.getToken().getTokenValue());
    }
}
