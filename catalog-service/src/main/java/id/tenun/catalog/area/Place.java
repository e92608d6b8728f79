package id.tenun.catalog.area;

/**
 * A village (desa or kelurahan) with the district, regency and province it lies in, by their Kemendagri codes
 * (village {@code 53.07.04.2003}, district {@code 53.07.04}, regency {@code 53.07}, province {@code 53}).
 */
public record Place(Area village, Area district, Area regency, Area province) {

    /** One administrative area: its dotted code and its official name. */
    public record Area(String code, String name) {
    }
}
