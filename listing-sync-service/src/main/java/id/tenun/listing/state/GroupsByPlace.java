package id.tenun.listing.state;

import java.util.Set;

import id.tenun.events.Programme;

/**
 * Which groups sit in a regency and/or belong to a programme, as the catalog last said: what the listing search needs
 * to filter listings by the place and programme of their group.
 */
public interface GroupsByPlace {

    /** The ids of the groups of {@code regencyCode} (null: any) in {@code programme} (null: any). */
    Set<String> matching(String regencyCode, Programme programme);
}
