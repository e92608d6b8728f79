package id.tenun.console.programme;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import id.tenun.console.services.CatalogAnswers.Area;
import id.tenun.console.services.CatalogAnswers.AreaPage;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls.As;

/**
 * What the area picker offers, read from the catalog's area search: the provinces, the areas inside each level
 * chosen (regencies, districts, villages), and the villages whose name matches the search text, within the deepest
 * area chosen.
 */
@Component
public class AreaChoices {

    /** The most areas one list shows (a district has fewer villages; a longer list asks for the search). */
    static final int LIST_AT_MOST = 200;
    /** The most villages a search shows: more means typing more of the name. */
    static final int FOUND_AT_MOST = 10;

    /** The picker's lists; {@code village} the village chosen, if any. */
    public record Options(List<Area> provinces, List<Area> regencies, List<Area> districts, List<Area> villages,
            List<Area> found, long foundTotal, Area village) {
    }

    public Options of(As calls, GroupForm form) {
        List<Area> villages = below(calls, form.districtCode());
        AreaPage found = found(calls, form);
        Area village = Stream.concat(villages.stream(), found.items().stream())
                .filter(area -> area.code().equals(form.villageCode())).findFirst().orElse(null);
        return new Options(areas(calls, "/api/areas?level=province&size={s}", Map.of("s", LIST_AT_MOST)).items(),
                below(calls, form.provinceCode()), below(calls, form.regencyCode()), villages, found.items(),
                found.total(), village);
    }

    /** Only the villages that match the search (for the results as one types). */
    public AreaPage found(As calls, GroupForm form) {
        return form.areaQuery().isEmpty() ? new AreaPage(List.of(), 0, FOUND_AT_MOST, 0) : search(calls, form);
    }

    private AreaPage search(As calls, GroupForm form) {
        String within = form.searchWithin();
        return within.isEmpty()
                ? areas(calls, "/api/areas?level=village&q={q}&size={s}", Map.of("q", form.areaQuery(),
                        "s", FOUND_AT_MOST))
                : areas(calls, "/api/areas?level=village&q={q}&parent={p}&size={s}", Map.of("q", form.areaQuery(),
                        "p", within, "s", FOUND_AT_MOST));
    }

    /** The areas one level below the code, or none when no code is chosen. */
    private List<Area> below(As calls, String code) {
        return Optional.of(code).filter(chosen -> !chosen.isEmpty())
                .map(chosen -> areas(calls, "/api/areas?parent={p}&size={s}", Map.of("p", chosen,
                        "s", LIST_AT_MOST)).items())
                .orElse(List.of());
    }

    private static AreaPage areas(As calls, String path, Map<String, ?> variables) {
        return calls.get(Service.CATALOG, path, variables, AreaPage.class);
    }
}
