package id.tenun.listing.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.support.problems.InvalidInput;

/**
 * Connects, reconfigures and disconnects shops; the only place that seals and opens their credentials.
 */
@Service
public class ShopConnections {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final Connections connections;
    private final SecretBox secrets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShopConnections(Connections connections, SecretBox secrets, ApplicationEventPublisher events, Clock clock) {
        this.connections = connections;
        this.secrets = secrets;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Connects with new credentials (which also ends a {@code NEEDS_REAUTHORIZATION}), or reconfigures keeping the
     * stored ones: then the write is conditional on them, so that tokens a refresh stored meanwhile are not put back
     * to the (spent) ones read.
     */
    public Connection connect(ConnectShop command) {
        var now = clock.instant();
        ShopSecrets secrets = command.secrets();
        if (secrets != null && secrets.accessTokenExpiresAt() != null && !secrets.accessTokenExpiresAt().isAfter(now)
                && !secrets.canRefresh()) {
            throw InvalidInput.of("credentials.accessTokenExpiresAt",
                    "Sudah lewat dan tidak ada refreshToken untuk memperbaruinya: berikan access token baru atau "
                            + "refresh token.",
                    "Is in the past and there is no credentials.refreshToken to renew it: give a fresh access token "
                            + "or the refresh token.");
        }
        String id = Connection.idOf(command.groupId(), command.channel());
        for (int attempt = 1;; attempt++) {
            Optional<Connection> stored = connections.findById(id);
            Optional<Connection> existing = stored.filter(Connection::active);
            boolean sameShop = existing.map(c -> c.shopId().equals(command.shopId())).orElse(false);
            if (secrets == null && !sameShop) {
                throw InvalidInput.of("credentials", "Wajib diisi untuk menghubungkan toko " + command.shopId() + ".",
                        "Are required to connect shop " + command.shopId() + ".");
            }
            long rulesVersion = stored.map(Connection::rulesVersion).orElse(0L) + 1;
            Instant createdAt = existing.map(Connection::createdAt).orElse(now);
            if (secrets != null) {
                return changed(connections.save(new Connection(id, command.groupId(), command.channel(),
                        command.shopId(), seal(id, secrets), secrets.accessTokenExpiresAt(), command.products(),
                        command.price(), command.stock(), Connection.Status.ACTIVE, rulesVersion, createdAt, now,
                        Authorization.NEW)));
            }
            Connection kept = existing.get();
            Connection next = new Connection(id, command.groupId(), command.channel(), command.shopId(),
                    kept.credentials(), kept.accessTokenExpiresAt(), command.products(), command.price(),
                    command.stock(), Connection.Status.ACTIVE, rulesVersion, createdAt, now, kept.authorization());
            if (connections.replaceIfUnchanged(next, kept)) {
                return changed(next);
            }
            if (attempt == 3) {
                throw new IllegalStateException("The connection " + id + " kept changing; try again");
            }
        }
    }

    private Connection changed(Connection saved) {
        events.publishEvent(new ConnectionChanged(saved));
        return saved;
    }

    /**
     * Disconnects: the listings are delisted by the workers, then nothing more is sent to the shop. Conditional like a
     * reconfigure, so that tokens a refresh stored meanwhile (needed to delist) are not put back to the spent ones.
     */
    public boolean disconnect(String groupId, String channel) {
        for (int attempt = 1;; attempt++) {
            Optional<Connection> existing = connections.find(groupId, channel).filter(Connection::active);
            if (existing.isEmpty()) {
                return false;
            }
            Connection removed = existing.get().removed(clock.instant());
            if (connections.replaceIfUnchanged(removed, existing.get())) {
                changed(removed);
                return true;
            }
            if (attempt == 3) {
                throw new IllegalStateException("The connection " + Connection.idOf(groupId, channel)
                        + " kept changing; try again");
            }
        }
    }

    /** The credentials in the clear, for a marketplace call; never to be logged or returned. */
    public ShopSecrets open(Connection connection) {
        return JSON.readValue(secrets.open(connection.credentials(), connection.id()), ShopSecrets.class);
    }

    /**
     * Stores renewed tokens, sealed with the current key, while the refresh claim holds; false if it no longer does
     * (the group saved other credentials meanwhile).
     */
    public boolean storeRenewed(Connection claimed, ShopSecrets renewed) {
        return connections.storeRenewed(claimed, seal(claimed.id(), renewed), renewed.accessTokenExpiresAt(),
                clock.instant());
    }

    private SealedSecret seal(String id, ShopSecrets plain) {
        return secrets.seal(JSON.writeValueAsString(plain), id);
    }

}
