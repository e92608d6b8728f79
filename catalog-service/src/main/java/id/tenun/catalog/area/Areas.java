package id.tenun.catalog.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import id.tenun.catalog.area.Place.Area;
import id.tenun.catalog.csv.CsvLine;

/**
 * Indonesia's administrative areas (38 provinces, 514 regencies and cities, 7,285 districts, 83,762 villages),
 * read once from the idn-area-data files shipped in {@code idn-area/} (ODbL 1.0, see LICENSE.md there).
 * Every group sits in a real village: its village code is validated here, and its district, regency and
 * province follow from it.
 */
public final class Areas {

    private static final String FOLDER = "/idn-area/";

    private final Map<String, Area> provinces = new HashMap<>();
    private final Map<String, Area> regencies = new HashMap<>();
    private final Map<String, Area> districts = new HashMap<>();
    private final Map<String, Area> villages = new HashMap<>(100_000);

    private Areas() {
    }

    /** Reads the shipped files. Takes a fraction of a second; keep one instance per service. */
    public static Areas load() {
        Areas areas = new Areas();
        read("provinces.csv", row -> areas.provinces.put(row[0], new Area(row[0], row[1])));
        read("regencies.csv", row -> areas.regencies.put(row[0], new Area(row[0], row[2])));
        read("districts.csv", row -> areas.districts.put(row[0], new Area(row[0], row[2])));
        read("villages.csv", row -> areas.villages.put(row[0], new Area(row[0], row[2])));
        return areas;
    }

    /** The village with this code and the areas above it, or empty when no such village exists. */
    public Optional<Place> place(String villageCode) {
        if (villageCode == null) {
            return Optional.empty();
        }
        Area village = villages.get(villageCode.trim());
        if (village == null) {
            return Optional.empty();
        }
        String code = village.code();
        String districtCode = code.substring(0, code.lastIndexOf('.'));
        String regencyCode = districtCode.substring(0, districtCode.lastIndexOf('.'));
        String provinceCode = regencyCode.substring(0, regencyCode.lastIndexOf('.'));
        return Optional.of(new Place(village, districts.get(districtCode), regencies.get(regencyCode),
                provinces.get(provinceCode)));
    }

    /** The regencies and cities of a province, e.g. the 22 of Nusa Tenggara Timur ({@code 53}). */
    public List<Area> regenciesOf(String provinceCode) {
        return childrenOf(regencies.values(), provinceCode);
    }

    /** The districts (kecamatan) of a regency. */
    public List<Area> districtsOf(String regencyCode) {
        return childrenOf(districts.values(), regencyCode);
    }

    /** The villages and kelurahan of a district. */
    public List<Area> villagesOf(String districtCode) {
        return childrenOf(villages.values(), districtCode);
    }

    /** Every area of one level, in no particular order. */
    public Collection<Area> all(AreaLevel level) {
        return byLevel(level).values();
    }

    public Optional<Area> regency(String code) {
        return Optional.ofNullable(regencies.get(code));
    }

    public Optional<Area> district(String code) {
        return Optional.ofNullable(districts.get(code));
    }

    private Map<String, Area> byLevel(AreaLevel level) {
        return switch (level) {
            case PROVINCE -> provinces;
            case REGENCY -> regencies;
            case DISTRICT -> districts;
            case VILLAGE -> villages;
        };
    }

    private static List<Area> childrenOf(Collection<Area> areas, String parentCode) {
        String prefix = parentCode + ".";
        return areas.stream()
                .filter(area -> area.code().startsWith(prefix) && area.code().indexOf('.', prefix.length()) < 0)
                .sorted(Comparator.comparing(Area::code))
                .toList();
    }

    private static void read(String file, Consumer<String[]> row) {
        try (InputStream in = Areas.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing area data " + FOLDER + file);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine(); // header
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    row.accept(CsvLine.fields(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read area data " + file, e);
        }
    }

}
