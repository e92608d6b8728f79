package id.tenun.listing.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot;

/**
 * The newest group snapshot seen: what listing sync needs of it is whether the group is paused, and its regency and
 * programme to filter listings by (null in a document stored before they were kept, until the group's next version).
 */
@Document("groups")
record CatalogGroup(@Id String groupId, long version, String name, GroupSnapshot.GroupStatus status,
        String regencyCode, Programme programme) {

    boolean paused() {
        return status == GroupSnapshot.GroupStatus.PAUSED;
    }

}
