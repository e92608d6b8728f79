package id.tenun.sandbox.core;

import java.util.Map;

/**
 * A marketplace category as the sandbox knows it.
 *
 * @param regulated food, drink or herbal: needs a halal number and a BPOM or PIRT permit
 * @param mandatoryAttributes attribute id to its name, for the leaf's required attributes
 */
public record Category(String id, String name, boolean leaf, boolean regulated,
        Map<String, String> mandatoryAttributes) {
}
