package id.tenun.console.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The clients the console knows, built from {@link IdentitySettings}: {@value #CLI}, a public client with PKCE for
 * people who want a token for curl, and the script clients (client credentials, {@code sales.read} only).
 */
final class RegisteredClients {

    /** The public command-line client: a signed-in user's token through the authorization code flow with PKCE. */
    static final String CLI = "tenun-cli";

    private RegisteredClients() {
    }

    static List<RegisteredClient> from(IdentitySettings settings) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(settings.accessTokensLive()).build();
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(RegisteredClient.withId(CLI).clientId(CLI)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(settings.cliRedirectUris()))
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(
                        ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build());
        for (IdentitySettings.ScriptClient script : settings.scriptClients()) {
            clients.add(RegisteredClient
                    .withId(UUID.nameUUIDFromBytes(script.id().getBytes(StandardCharsets.UTF_8)).toString())
                    .clientId(script.id()).clientSecret(script.secretHash())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scopes(scopes -> scopes.addAll(script.scopes()))
                    .tokenSettings(tokens)
                    .build());
        }
        return clients;
    }
}
