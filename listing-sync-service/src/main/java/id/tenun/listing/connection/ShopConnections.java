package id.tenun.listing.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.Channel;
import id.tenun.support.problems.Conflict;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.Violations;

/**
 * Connects, reconfigures and disconnects shops; the only place that seals and opens their credentials.
 */
@Service
public class ShopConnections {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final Connections connections;
    private final ShopOwners owners;
    private final SecretBox secrets;
    private final GroupProducts groupProducts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShopConnections(Connections connections, ShopOwners owners, SecretBox secrets, GroupProducts groupProducts,
            ApplicationEventPublisher events, Clock clock) {
        this.connections = connections;
        this.owners = owners;
        this.secrets = secrets;
        this.groupProducts = groupProducts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A connection chooses only products of its own group: another group's, or one the catalog never announced, is
     * refused naming it, in the same words (so that a refusal tells nothing of other groups).
     */
    private void requireOwnProducts(String groupId, ProductSelection products) {
        if (products == null || products.mode() != ProductSelection.Mode.CHOSEN) {
            return;
        }
        Set<String> own = groupProducts.ofGroup(groupId, products.productIds());
        Violations v = new Violations();
        for (int i = 0; i < products.productIds().size(); i++) {
            v.check(own.contains(products.productIds().get(i)), "products.productIds[" + i + "]",
                    "Bukan produk kelompok ini.", "Is not a product of this group.");
        }
        v.throwIfAny();
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
        requireOwnProducts(command.groupId(), command.products());
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

    /**
     * Connects a shop its seller authorized to the group, unless another group holds it (one shop, one group): the
     * shop is taken atomically ({@link ShopOwners}), and a shop another group connected by pasted tokens counts as
     * held too. A reauthorization keeps the group's rules; a new shop starts with the default ones. Nothing is stored
     * when the shop is refused.
     *
     * @throws Conflict when another group holds the shop
     */
    public Connection connectAuthorized(String groupId, String channel, String shopId, ShopSecrets secrets) {
        boolean pastedElsewhere = connections.activeOnShop(channel, shopId).stream()
                .anyMatch(other -> !other.groupId().equals(groupId));
        if (pastedElsewhere || !owners.take(channel, shopId, groupId, clock.instant())) {
            String name = Channel.of(channel).displayName();
            throw new Conflict("Toko " + shopId + " di " + name + " sudah terhubung ke kelompok lain. Satu toko hanya "
                    + "untuk satu kelompok: minta kelompok itu memutus tokonya dulu, atau hubungi staf program.",
                    "Shop " + shopId + " on " + name + " is already connected to another group. A shop belongs to "
                            + "one group only: ask that group to disconnect it first, or contact the programme staff.");
        }
        Optional<Connection> existing = connections.find(groupId, channel).filter(Connection::active);
        boolean sameShop = existing.map(before -> before.shopId().equals(shopId)).orElse(false);
        Connection connected;
        try {
            connected = connect(new ConnectShop(groupId, channel, shopId, secrets,
                    existing.map(Connection::products).orElse(null), existing.map(Connection::price).orElse(null),
                    existing.map(Connection::stock).orElse(null)));
        } catch (RuntimeException notConnected) {
            if (!sameShop) {
                owners.release(channel, shopId, groupId);
            }
            throw notConnected;
        }
        existing.filter(before -> !before.shopId().equals(shopId))
                .ifPresent(before -> owners.release(channel, before.shopId(), groupId));
        return connected;
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
                owners.release(channel, removed.shopId(), groupId);
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
