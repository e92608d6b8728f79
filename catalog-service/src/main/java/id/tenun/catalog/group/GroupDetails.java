package id.tenun.catalog.group;

import java.util.regex.Pattern;

import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot.GroupKind;
import id.tenun.events.group.GroupSnapshot.GroupStatus;
import id.tenun.support.problems.Violations;

/**
 * What registering or updating a group says about it, checked on construction. Whether the village exists is
 * checked against the area data when the command is carried out.
 */
public record GroupDetails(String name, Programme programme, GroupKind kind, String villageCode, String contactName,
        String contactPhone, GroupStatus status) {

    private static final Pattern PHONE = Pattern.compile("(\\+62|62|0)8[0-9]{7,12}");
    private static final Pattern VILLAGE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    public GroupDetails {
        Violations v = new Violations();
        name = v.text(name, "name", 100);
        v.required(programme, "programme");
        v.required(kind, "kind");
        if (programme != null && kind != null) {
            boolean school = kind == GroupKind.SCHOOL || kind == GroupKind.CLASS || kind == GroupKind.SLB;
            v.check(school == (programme == Programme.OSOP), "kind",
                    "Program OSOP hanya untuk sekolah, kelas atau SLB, dan sekolah hanya di OSOP.",
                    "OSOP is for schools, classes and SLB only, and schools belong to OSOP.");
        }
        villageCode = villageCode == null ? null : villageCode.strip();
        if (villageCode == null || villageCode.isEmpty()) {
            v.add("villageCode", "Kode desa wajib diisi.", "The village code is required.");
        } else if (!VILLAGE.matcher(villageCode).matches()) {
            v.add("villageCode", "Kode desa harus seperti 53.07.03.2005 (kode Kemendagri).",
                    "The village code must look like 53.07.03.2005 (Kemendagri code).");
        }
        contactName = v.optionalText(contactName, "contactName", 100);
        if (contactPhone != null && !contactPhone.isBlank()) {
            contactPhone = contactPhone.replaceAll("[\\s-]", "");
            v.check(PHONE.matcher(contactPhone).matches(), "contactPhone",
                    "Nomor HP harus nomor Indonesia, mis. 081234567890.",
                    "The phone must be an Indonesian mobile number, e.g. 081234567890.");
        } else {
            contactPhone = null;
        }
        status = status == null ? GroupStatus.ACTIVE : status;
        v.throwIfAny();
    }
}
