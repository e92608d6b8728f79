package id.tenun.console.scriptclient;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import id.tenun.console.audit.AccountRecord.Action;
import id.tenun.console.audit.AccountRecords;
import id.tenun.console.audit.Actor;
import id.tenun.support.problems.NotFound;

/**
 * Script clients from start to end: an admin registers one and is shown its secret this once (only a hash of it is
 * kept, through the console's {@link PasswordEncoder}); the identity provider asks for the active ones on every token
 * request, so a revoked client gets no new token at once (the tokens it already holds live out their short life).
 * Registering and revoking are in the account record.
 */
@Service
public class ScriptClientDesk {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_PREFIX = "script-";

    private final ScriptClients clients;
    private final PasswordEncoder passwords;
    private final AccountRecords records;
    private final Clock clock;

    ScriptClientDesk(ScriptClients clients, PasswordEncoder passwords, AccountRecords records, Clock clock) {
        this.clients = clients;
        this.passwords = passwords;
        this.records = records;
        this.clock = clock;
    }

    /** A new client: its id and its secret, which nobody can read again. */
    public record Registered(String clientId, String clientSecret, String name, Set<String> scopes,
            Instant createdAt) {

        /** Without the secret. */
        @Override
        public String toString() {
            return "Registered[clientId=" + clientId + ", scopes=" + scopes + "]";
        }
    }

    public Registered register(RegisterScriptClient command, Actor by) {
        String clientId = ID_PREFIX + HexFormat.of().formatHex(randomBytes(10));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        Instant now = clock.instant();
        clients.add(new ScriptClient(clientId, command.name(), passwords.encode(secret), command.scopes(),
                by.id(), now, null, null));
        records.change(Action.SCRIPT_CLIENT_REGISTERED, by, null, clientId + " " + command.name());
        return new Registered(clientId, secret, command.name(), command.scopes(), now);
    }

    /** Every client, revoked ones included, newest first. */
    public List<ScriptClient> all() {
        return clients.newestFirst();
    }

    /** Revokes the client; revoking it again changes nothing, an unknown one is {@link NotFound}. */
    public void revoke(String clientId, Actor by) {
        if (clients.revoke(clientId, by.id(), clock.instant())) {
            records.change(Action.SCRIPT_CLIENT_REVOKED, by, null, clientId + " " + clients.byId(clientId)
                    .map(ScriptClient::name).orElse(""));
        } else if (clients.byId(clientId).isEmpty()) {
            throw new NotFound("Script client", clientId);
        }
    }

    /** The client, while it is not revoked. */
    public Optional<ScriptClient> active(String clientId) {
        return clients.byId(clientId).filter(ScriptClient::active);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
