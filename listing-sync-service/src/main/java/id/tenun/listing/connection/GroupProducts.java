package id.tenun.listing.connection;

import java.util.Collection;
import java.util.Set;

/**
 * Which products are a group's, as listing sync last heard from the catalog: a connection may choose only its own
 * group's products.
 */
public interface GroupProducts {

    /** Those of {@code productIds} that are products of {@code groupId}. */
    Set<String> ofGroup(String groupId, Collection<String> productIds);
}
