package id.tenun.catalog.group.web;

import java.time.Instant;
import java.util.List;

import id.tenun.catalog.group.Group;
import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot.GroupKind;
import id.tenun.events.group.GroupSnapshot.GroupStatus;

/** A group as the API shows it: with area names, without outbox bookkeeping. */
record GroupView(String id, long version, String name, Programme programme, GroupKind kind, String villageCode,
        String villageName, String districtCode, String districtName, String regencyCode, String regencyName,
        String provinceCode, String contactName, String contactPhone, String nib, List<String> productKinds,
        GroupStatus status, Instant createdAt, Instant updatedAt, String updatedBy) {

    static GroupView of(Group g) {
        return new GroupView(g.id(), g.version(), g.name(), g.programme(), g.kind(), g.villageCode(), g.villageName(),
                g.districtCode(), g.districtName(), g.regencyCode(), g.regencyName(), g.provinceCode(),
                g.contactName(), g.contactPhone(), g.nib(), g.productKinds(), g.status(), g.createdAt(), g.updatedAt(),
                g.updatedBy());
    }
}
