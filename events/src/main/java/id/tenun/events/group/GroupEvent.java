package id.tenun.events.group;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;

import id.tenun.events.TenunEvent;

/** Events of a producer group, on topic {@code catalog.groups.v1}, keyed by group id. */
@JsonSubTypes(@JsonSubTypes.Type(GroupChanged.class))
public sealed interface GroupEvent extends TenunEvent permits GroupChanged {

    @JsonIgnore
    String groupId();

    /** The group's version; a consumer ignores a version it has already applied or passed. */
    @JsonIgnore
    long version();

}
