package id.tenun.console.scriptclient;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client of a script or an integration (OAuth2 client credentials), stored in {@code script_clients}: its client id,
 * what it is for (e.g. "Dinas Koperasi Kab. Ngada — penjualan bulanan"), the hash of its secret (with its algorithm
 * id, e.g. {@code {bcrypt}…}), its scopes ({@value #SALES_READ}, {@value #METRICS_READ}), who made it and when, and who revoked it and
 * when. A revoked client gets no token. Its text never shows the secret's hash.
 */
@Document("script_clients")
public record ScriptClient(@Id String clientId, String name, String secretHash, Set<String> scopes, String createdBy,
        Instant createdAt, String revokedBy, Instant revokedAt) {

    /** The scope of a script reading sales. */
    public static final String SALES_READ = "sales.read";

    /** The scope of a metrics scraper (Prometheus): the services' {@code /actuator/prometheus}, nothing else. */
    public static final String METRICS_READ = "metrics.read";

    /** Every scope a script client may hold. */
    public static final Set<String> ALLOWED_SCOPES = Set.of(SALES_READ, METRICS_READ);

    public ScriptClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(createdAt, "createdAt");
        scopes = Set.copyOf(scopes);
        if (!ALLOWED_SCOPES.containsAll(scopes)) {
            throw new IllegalArgumentException("Script client " + clientId + " may only hold " + ALLOWED_SCOPES);
        }
    }

    public boolean active() {
        return revokedAt == null;
    }

    /** Without the secret's hash. */
    @Override
    public String toString() {
        return "ScriptClient[clientId=" + clientId + ", scopes=" + scopes + ", revokedAt=" + revokedAt + "]";
    }
}
