package id.tenun.catalog.group;

import java.util.List;
import java.util.regex.Pattern;

import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot.GroupKind;
import id.tenun.events.group.GroupSnapshot.GroupStatus;
import id.tenun.support.problems.Violations;

/**
 * What registering or updating a group says about it, checked on construction: its NIB (Nomor Induk Berusaha, 13
 * digits, spaces allowed; optional) and the kinds of products it makes (leaf category codes, at most
 * {@value #PRODUCT_KINDS_MAX}, each once). Whether the village and the categories exist is checked against the area
 * data and the category tree when the command is carried out.
 */
public record GroupDetails(String name, Programme programme, GroupKind kind, String villageCode, String contactName,
        String contactPhone, String nib, List<String> productKinds, GroupStatus status) {

    static final int PRODUCT_KINDS_MAX = 10;

    private static final Pattern PHONE = Pattern.compile("(\\+62|62|0)8[0-9]{7,12}");
    private static final Pattern VILLAGE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");
    private static final Pattern NIB = Pattern.compile("\\d{13}");

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
        nib = nib == null || nib.isBlank() ? null : nib.replaceAll("\\s", "");
        v.check(nib == null || NIB.matcher(nib).matches(), "nib",
                "NIB harus 13 angka, mis. 9120301234567 (dari OSS).",
                "The NIB must be 13 digits, e.g. 9120301234567 (from OSS).");
        productKinds = productKinds == null ? List.of() : productKinds;
        v.check(productKinds.stream().allMatch(code -> code != null && !code.isBlank()), "productKinds",
                "Jenis produk tidak boleh kosong.", "A product kind must not be empty.");
        productKinds = productKinds.stream().filter(code -> code != null && !code.isBlank()).map(String::strip)
                .distinct().toList();
        v.atMost(productKinds, "productKinds", PRODUCT_KINDS_MAX);
        status = status == null ? GroupStatus.ACTIVE : status;
        v.throwIfAny();
    }
}
