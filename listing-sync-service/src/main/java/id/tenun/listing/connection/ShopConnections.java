package id.tenun.listing.connection;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

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

    public Connection connect(ConnectShop command) {
        var now = clock.instant();
        String id = Connection.idOf(command.groupId(), command.channel());
        Optional<Connection> existing = connections.findById(id).filter(Connection::active);
        boolean sameShop = existing.map(c -> c.shopId().equals(command.shopId())).orElse(false);
        if (command.secrets() == null && !sameShop) {
            throw new IllegalArgumentException("credentials are required to connect shop " + command.shopId());
        }
        SealedSecret sealed = command.secrets() == null ? existing.get().credentials() : seal(id, command.secrets());
        var expiresAt = command.secrets() == null ? existing.get().accessTokenExpiresAt()
                : command.secrets().accessTokenExpiresAt();
        long rulesVersion = connections.findById(id).map(Connection::rulesVersion).orElse(0L) + 1;
        Connection connection = new Connection(id, command.groupId(), command.channel(), command.shopId(), sealed,
                expiresAt, command.products(), command.price(), command.stock(), Connection.Status.ACTIVE, rulesVersion,
                existing.map(Connection::createdAt).orElse(now), now);
        Connection saved = connections.save(connection);
        events.publishEvent(new ConnectionChanged(saved));
        return saved;
    }

    /** Disconnects: the listings are delisted by the workers, then nothing more is sent to the shop. */
    public boolean disconnect(String groupId, String channel) {
        Optional<Connection> existing = connections.find(groupId, channel).filter(Connection::active);
        existing.ifPresent(c -> events.publishEvent(new ConnectionChanged(connections.save(c.removed(clock.instant())))));
        return existing.isPresent();
    }

    /** The credentials in the clear, for a marketplace call; never to be logged or returned. */
    public ShopSecrets open(Connection connection) {
        return JSON.readValue(secrets.open(connection.credentials(), connection.id()), ShopSecrets.class);
    }

    /** Stores refreshed tokens, sealed with the current key. */
    public Connection storeSecrets(Connection connection, ShopSecrets renewed) {
        return connections.save(connection.withCredentials(seal(connection.id(), renewed),
                renewed.accessTokenExpiresAt(), clock.instant()));
    }

    private SealedSecret seal(String id, ShopSecrets plain) {
        return secrets.seal(JSON.writeValueAsString(plain), id);
    }

}
