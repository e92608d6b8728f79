package id.tenun.listing.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.events.group.GroupSnapshot;

/** The newest group snapshot seen: what listing sync needs of it is whether the group is paused. */
@Document("groups")
record CatalogGroup(@Id String groupId, long version, String name, GroupSnapshot.GroupStatus status) {

    boolean paused() {
        return status == GroupSnapshot.GroupStatus.PAUSED;
    }

}
