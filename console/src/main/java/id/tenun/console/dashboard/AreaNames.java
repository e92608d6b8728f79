package id.tenun.console.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import id.tenun.console.services.CatalogAnswers.Area;
import id.tenun.console.services.CatalogAnswers.AreaPage;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls.As;

/**
 * The names of areas by code, from the catalog's area search ({@code GET /api/areas}), kept once read: Indonesia's
 * areas change by law, not by the hour. A village's name carries its district's ({@code Keligejo, Kec. Aimere}).
 */
@Component
public class AreaNames {

    private static final String NTT = "53";
    private static final int MOST_BELOW_ONE_AREA = 200;

    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** The names of NTT's 22 regencies and cities, by code. */
    public Map<String, String> regencies(As calls) {
        if (!names.containsKey(NTT + ".71")) {
            read(calls, NTT, "regency");
        }
        Map<String, String> regencies = new TreeMap<>();
        names.forEach((code, name) -> {
            if (code.length() == 5 && code.startsWith(NTT + ".")) {
                regencies.put(code, name);
            }
        });
        return regencies;
    }

    /** The names of these villages ({@code 53.09.01.2001}), reading each district's villages once. */
    public Map<String, String> villages(As calls, Collection<String> codes) {
        for (String code : codes) {
            int district = code.lastIndexOf('.');
            if (!names.containsKey(code) && district > 0) {
                read(calls, code.substring(0, district), "village");
            }
        }
        Map<String, String> villages = new HashMap<>();
        codes.forEach(code -> villages.put(code, names.getOrDefault(code, code)));
        return villages;
    }

    private void read(As calls, String parent, String level) {
        AreaPage page = calls.get(Service.CATALOG, "/api/areas?parent={p}&level={l}&size={s}",
                Map.of("p", parent, "l", level, "s", MOST_BELOW_ONE_AREA), AreaPage.class);
        for (Area area : page.items()) {
            names.put(area.code(), level.equals("village") && !area.above().isEmpty()
                    ? area.name() + ", " + area.above().get(0)
                    : area.name());
        }
    }
}
