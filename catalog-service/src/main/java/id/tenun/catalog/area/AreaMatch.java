package id.tenun.catalog.area;

import java.util.List;

/**
 * One area a picker may offer: its code, official name and level, the names of the areas it lies in (nearest
 * first: district, regency, province) and a label to show, e.g.
 * {@code Desa Keligejo, Kec. Aimere, Kabupaten Ngada, Nusa Tenggara Timur}.
 */
public record AreaMatch(String code, String name, String level, List<String> above, String label) {
}
