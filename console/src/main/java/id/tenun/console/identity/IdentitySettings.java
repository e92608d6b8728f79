package id.tenun.console.identity;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console as the identity provider ({@code tenun.console.*}).
 *
 * @param issuer the {@code iss} of every token, and the address the services trust
 * @param accessTokensLive how long an access token is valid (keep it within the signing keys'
 *        {@code retain-after-rotation})
 * @param cliRedirectUris where the public command-line client ({@code tenun-cli}, PKCE) may receive its code
 * @param scriptClients the clients of scripts and integrations (client credentials), held in memory for now
 */
@ConfigurationProperties("tenun.console")
record IdentitySettings(@DefaultValue("http://localhost:8080") String issuer,
        @DefaultValue("15m") Duration accessTokensLive,
        @DefaultValue("http://127.0.0.1/callback") List<String> cliRedirectUris,
        @DefaultValue List<ScriptClient> scriptClients) {

    /** The only scope a script client may hold: reading sales. */
    static final String SALES_READ = "sales.read";

    /**
     * A client for a script: its id, the hash of its secret (with its algorithm id, e.g. {@code {bcrypt}…}) and its
     * scopes, which may only be {@value #SALES_READ}.
     */
    record ScriptClient(String id, String secretHash, Set<String> scopes) {

        ScriptClient {
            if (id == null || id.isBlank() || secretHash == null || !secretHash.startsWith("{")) {
                throw new IllegalArgumentException("A script client needs an id and a secret hash like {bcrypt}…");
            }
            scopes = scopes == null || scopes.isEmpty() ? Set.of(SALES_READ) : Set.copyOf(scopes);
            if (!Set.of(SALES_READ).containsAll(scopes)) {
                throw new IllegalArgumentException("Script client " + id + " may only hold " + SALES_READ);
            }
        }

        /** Without the secret hash. */
        @Override
        public String toString() {
            return "ScriptClient[id=" + id + ", scopes=" + scopes + "]";
        }
    }
}
