package id.tenun.sandbox.sellers;

import java.time.Duration;
import java.util.function.BiFunction;

/**
 * One app's request to a seller, as a channel read it from its authorization link: how the channel's new shops and
 * codes look, and where it sends the seller back.
 *
 * @param marketplace the marketplace's name on the page
 * @param refusal what refusing does on this channel, in words on the page
 * @param firstShopId the id of the first shop a seller opens on the channel; later ones count up
 * @param codePrefix how the channel's codes begin
 * @param codeLifetime how long a code can be exchanged
 * @param granted the address the seller goes back to after a grant, from the shop id and the code
 * @param refused the address the seller goes back to after a refusal
 */
public record Consent(String channel, String marketplace, String refusal, long firstShopId, String codePrefix,
        Duration codeLifetime, BiFunction<String, String, String> granted, String refused) {
}
