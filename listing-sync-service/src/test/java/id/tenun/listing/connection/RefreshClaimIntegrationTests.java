package id.tenun.listing.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.tenun.listing.ListingSyncIntegrationTestSupport;

/**
 * A refresh token is single-use, so the tokens a refresh got must be stored: a reconfigure (or a disconnect) built
 * from a read taken before the refresh claimed the connection must not land over the claim, or the claim's store of
 * the new tokens misses and the spent refresh token stays.
 */
class RefreshClaimIntegrationTests extends ListingSyncIntegrationTestSupport {

    @Autowired
    Connections connections;

    @Autowired
    ShopConnections shops;

    @Test
    void aWriteFromAReadBeforeTheClaimDoesNotLandAndTheRenewedTokensAreStored() {
        connect("grp-claimed", 1, null);
        Connection read = connections.find("grp-claimed", "shopee").orElseThrow();
        Instant now = Instant.now();
        Connection claimed = connections.claimRefresh(read, now, now.plusSeconds(120)).orElseThrow();

        Connection reconfigured = new Connection(read.id(), read.groupId(), read.channel(), read.shopId(),
                read.credentials(), read.accessTokenExpiresAt(), read.products(), read.price(), read.stock(),
                read.status(), read.rulesVersion() + 1, read.createdAt(), now, read.authorization());
        assertThat(connections.replaceIfUnchanged(reconfigured, read)).as("replace over the claim").isFalse();
        assertThat(connections.replaceIfUnchanged(reconfigured.removed(now), read)).as("disconnect over the claim")
                .isFalse();

        ShopSecrets renewed = shops.open(claimed).renewed("access-after", now.plusSeconds(14_400), "refresh-after",
                null);
        assertThat(shops.storeRenewed(claimed, renewed)).isTrue();
        assertThat(shops.open(connections.find("grp-claimed", "shopee").orElseThrow()).refreshToken())
                .isEqualTo("refresh-after");
    }

}
