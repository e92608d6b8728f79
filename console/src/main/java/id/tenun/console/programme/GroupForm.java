package id.tenun.console.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.CatalogAnswers.GroupDetails;

/**
 * Registering or changing a group, as typed (every field a string, so nothing typed is lost when the form comes back):
 * its name, programme, kind and contact, and where it is: the area picker's province, regency, district and village,
 * the village search text, and an area picked among the search's results ({@code pick}, any level); its NIB, the kinds
 * of its products (category codes ticked) and, on a change, its status. Checked here for what is missing
 * ({@link #problems}); the catalog checks the rest (a school outside OSOP, the phone number, the NIB's 13 digits,
 * whether the village and the kinds exist) and names the field ({@link #fieldOf}).
 */
public record GroupForm(String name, String programme, String kind, String contactName, String contactPhone,
        String provinceCode, String regencyCode, String districtCode, String villageCode, String areaQuery,
        String pick, String nib, List<String> productKinds, String status) {

    public static final List<String> PROGRAMMES = List.of("OVOP", "OCOP", "OSOP");
    public static final List<String> KINDS = List.of("BUMDES", "COOPERATIVE", "COMMUNITY", "SCHOOL", "CLASS", "SLB");
    public static final List<String> STATUSES = List.of("ACTIVE", "PAUSED");
    static final int NAME_MAX = 100;
    /** The longest search text the catalog's area search takes. */
    static final int QUERY_MAX = 60;
    /** A Kemendagri code of any level: {@code 53}, {@code 53.09}, {@code 53.09.01}, {@code 53.09.01.2001}. */
    private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    public GroupForm {
        name = text(name);
        programme = text(programme);
        kind = text(kind);
        contactName = text(contactName);
        contactPhone = text(contactPhone);
        nib = text(nib);
        productKinds = productKinds == null
                ? List.of()
                : productKinds.stream().filter(code -> code != null && !code.isBlank()).distinct().toList();
        status = text(status);
        areaQuery = text(areaQuery).strip();
        areaQuery = areaQuery.length() > QUERY_MAX ? areaQuery.substring(0, QUERY_MAX) : areaQuery;
        String picked = code(pick);
        if (!picked.isEmpty()) {
            provinceCode = prefix(picked, 1);
            regencyCode = prefix(picked, 2);
            districtCode = prefix(picked, 3);
            villageCode = prefix(picked, 4);
        }
        // each level only within the one above it, so that choosing another regency forgets the district
        provinceCode = code(provinceCode);
        regencyCode = within(code(regencyCode), provinceCode);
        districtCode = within(code(districtCode), regencyCode);
        villageCode = within(code(villageCode), districtCode);
        pick = "";
    }

    public static GroupForm empty() {
        return new GroupForm("", "", "", "", "", "", "", "", "", "", "", "", List.of(), "");
    }

    /** The form of a group as the catalog holds it, to change it. */
    public static GroupForm of(Group group) {
        return new GroupForm(group.name(), group.programme(), group.kind(), group.contactName(), group.contactPhone(),
                group.provinceCode(), group.regencyCode(), group.districtCode(), group.villageCode(), "", "",
                group.nib(), group.productKinds(), group.status());
    }

    /** The area searches look within: the district, regency or province chosen, or none (every village). */
    public String searchWithin() {
        return !districtCode.isEmpty() ? districtCode : !regencyCode.isEmpty() ? regencyCode : provinceCode;
    }

    /** What is missing or too long before anything is sent: message keys ({@code groupForm.error.*}) by field. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isBlank() || name.strip().length() > NAME_MAX) {
            problems.put("name", "groupForm.error.name");
        }
        if (!PROGRAMMES.contains(programme)) {
            problems.put("programme", "groupForm.error.programme");
        }
        if (!KINDS.contains(kind)) {
            problems.put("kind", "groupForm.error.kind");
        }
        if (villageCode.isEmpty()) {
            problems.put("area", "groupForm.error.area");
        }
        return problems;
    }

    /** The catalog's body for this form. */
    public GroupDetails details() {
        return new GroupDetails(name.strip(), programme, kind, villageCode, blankToNull(contactName),
                blankToNull(contactPhone), blankToNull(nib), productKinds,
                STATUSES.contains(status) ? status : null);
    }

    /** The form's field for a field the catalog named: the village is the area picker's. */
    public static String fieldOf(String catalogField) {
        return switch (catalogField) {
            case "villageCode" -> "area";
            case "name", "programme", "kind", "contactName", "contactPhone", "nib", "productKinds", "status" ->
                catalogField;
            default -> "form";
        };
    }

    private static String code(String written) {
        String code = text(written).strip();
        return CODE.matcher(code).matches() ? code : "";
    }

    /** The first {@code levels} parts of a code, or nothing when it has fewer. */
    private static String prefix(String code, int levels) {
        String[] parts = code.split("\\.");
        return parts.length < levels ? "" : String.join(".", List.of(parts).subList(0, levels));
    }

    private static String within(String code, String parent) {
        return !parent.isEmpty() && code.startsWith(parent + ".")
                && code.split("\\.").length == parent.split("\\.").length + 1 ? code : "";
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
