package id.tenun.catalog.group;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot;
import id.tenun.events.group.GroupSnapshot.GroupKind;
import id.tenun.events.group.GroupSnapshot.GroupStatus;

/**
 * A producer group (kelompok) as stored: its own outbox ({@code version} raised with every change,
 * {@code pending} until the relay published that version). {@code nib} is its Nomor Induk Berusaha (13 digits) or
 * null; {@code productKinds} the codes of the categories of what it makes ({@code pangan.kopi}, {@code pangan.madu}).
 */
@Document("groups")
public record Group(@Id String id, long version, long publishedVersion, boolean pending, String name,
        Programme programme, GroupKind kind, String villageCode, String villageName, String districtCode,
        String districtName, String regencyCode, String regencyName, String provinceCode, String contactName,
        String contactPhone, String nib, List<String> productKinds, GroupStatus status, Instant createdAt,
        Instant updatedAt, String updatedBy) {

    public Group {
        // a group stored before NIB and products' kinds were kept has none
        productKinds = productKinds == null ? List.of() : List.copyOf(productKinds);
    }

    public boolean active() {
        return status == GroupStatus.ACTIVE;
    }

    public GroupSnapshot snapshot() {
        return new GroupSnapshot(id, version, name, programme, kind, villageCode, districtCode, regencyCode,
                provinceCode, status, List.of(), updatedAt);
    }
}
