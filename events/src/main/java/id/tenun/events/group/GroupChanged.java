package id.tenun.events.group;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

import id.tenun.events.Checks;
import id.tenun.events.EventIds;

/**
 * A producer group was registered or changed: the whole group as it now is (event-carried state).
 * <p>
 * Wire type {@value #TYPE}.
 */
@JsonTypeName(GroupChanged.TYPE)
public record GroupChanged(UUID eventId, Instant occurredAt, int schemaVersion, GroupSnapshot group)
        implements
            GroupEvent {

    public static final String TYPE = "group.changed";

    public static final int SCHEMA_VERSION = 1;

    public GroupChanged {
        Checks.header("GroupChanged", eventId, occurredAt, schemaVersion);
        Checks.notNull(group, "GroupChanged.group");
    }

    /**
     * The event for a snapshot: it occurred when the group was updated, and its id is derived from the group id
     * and version, so publishing the same version twice gives the same event.
     */
    public static GroupChanged of(GroupSnapshot group) {
        Checks.notNull(group, "GroupChanged.group");
        return new GroupChanged(EventIds.derived(TYPE, group.groupId(), group.version()), group.updatedAt(),
                SCHEMA_VERSION, group);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return group.groupId();
    }

    @Override
    public String groupId() {
        return group.groupId();
    }

    @Override
    public long version() {
        return group.version();
    }

}
