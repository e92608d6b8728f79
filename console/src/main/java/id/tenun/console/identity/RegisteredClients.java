package id.tenun.console.identity;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import id.tenun.console.scriptclient.ScriptClient;
import id.tenun.console.scriptclient.ScriptClientDesk;

/**
 * The clients the console knows: {@value #CLI}, a public client with PKCE for people who want a token for curl, held
 * here; and the script clients (client credentials, {@code sales.read} or {@code metrics.read}), read from MongoDB on every request, so a
 * revoked one is refused at once. A script client's registered id is its client id.
 */
class RegisteredClients implements RegisteredClientRepository {

    /** The public command-line client: a signed-in user's token through the authorization code flow with PKCE. */
    static final String CLI = "tenun-cli";

    private final RegisteredClient cli;
    private final ScriptClientDesk scripts;
    private final TokenSettings tokens;

    RegisteredClients(IdentitySettings settings, ScriptClientDesk scripts) {
        this.scripts = scripts;
        this.tokens = TokenSettings.builder().accessTokenTimeToLive(settings.accessTokensLive()).build();
        this.cli = RegisteredClient.withId(CLI).clientId(CLI)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(settings.cliRedirectUris()))
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(
                        ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build();
    }

    /** Clients are registered through the script-client desk, never by the authorization server. */
    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Script clients are registered by admins through /api/admin");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (CLI.equals(clientId)) {
            return cli;
        }
        return scripts.active(clientId).map(this::registered).orElse(null);
    }

    private RegisteredClient registered(ScriptClient script) {
        return RegisteredClient.withId(script.clientId()).clientId(script.clientId())
                .clientName(script.name())
                .clientIdIssuedAt(script.createdAt())
                .clientSecret(script.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(script.scopes()))
                .tokenSettings(tokens)
                .build();
    }
}
