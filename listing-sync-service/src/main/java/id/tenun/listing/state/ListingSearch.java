package id.tenun.listing.state;

import java.util.Collection;

import id.tenun.events.listing.ListingState;

/**
 * What a search of listings asks for; a null filter takes any value.
 *
 * @param groupIds the groups the listings must be of (null: any group), e.g. those a caller may see, or those of a
 *        regency
 */
public record ListingSearch(String productId, String groupId, String channel, ListingState state,
        Collection<String> groupIds) {
}
