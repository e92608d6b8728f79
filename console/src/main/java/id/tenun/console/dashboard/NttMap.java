package id.tenun.console.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map of NTT's 22 regencies and cities ({@code ntt-map/ntt-regencies.geojson}, CC BY 3.0 IGO: see the
 * {@code SOURCE.md} beside it), drawn once at start as SVG paths: lon/lat projected equirectangular with the cosine
 * of NTT's middle latitude, rounded to whole pixels, outlines simplified to {@link #TOLERANCE_PX} and islands too
 * small to see left out. {@link #draw} colours them by a value per regency.
 */
@Component
public class NttMap {

    /** The map's width in SVG units (pixels at a desk); the height follows from NTT's shape. */
    public static final int WIDTH = 800;
    static final double TOLERANCE_PX = 0.5;
    /** An island whose outline covers less than this many square pixels is not drawn (its regency still is). */
    static final double SMALLEST_ISLAND_PX2 = 3;
    private static final int MARGIN = 4;

    private final List<Outline> outlines;
    private final int height;

    NttMap() {
        this("ntt-map/ntt-regencies.geojson");
    }

    NttMap(String resource) {
        JsonNode features = read(resource).path("features");
        double west = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double south = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        for (JsonNode feature : features) {
            for (JsonNode polygon : polygons(feature.path("geometry"))) {
                for (JsonNode point : polygon.get(0)) {
                    west = Math.min(west, point.get(0).asDouble());
                    east = Math.max(east, point.get(0).asDouble());
                    south = Math.min(south, point.get(1).asDouble());
                    north = Math.max(north, point.get(1).asDouble());
                }
            }
        }
        double cos = Math.cos(Math.toRadians((north + south) / 2));
        double scale = (WIDTH - 2 * MARGIN) / ((east - west) * cos);
        Projection projection = new Projection(west, north, cos, scale);
        this.height = (int) Math.ceil((north - south) * scale) + 2 * MARGIN;
        List<Outline> drawn = new ArrayList<>();
        for (JsonNode feature : features) {
            String code = feature.path("properties").path("code").asString();
            drawn.add(new Outline(code.substring(0, 2) + "." + code.substring(2),
                    feature.path("properties").path("name").asString(),
                    path(polygons(feature.path("geometry")), projection)));
        }
        drawn.sort(Comparator.comparing(Outline::code));
        this.outlines = List.copyOf(drawn);
    }

    /** The regencies (code {@code 53.01}, name, outline), by code. */
    public List<Outline> outlines() {
        return outlines;
    }

    public int height() {
        return height;
    }

    /**
     * The map coloured by {@code values} (by regency code; a regency not in it has 0), with its legend; regencies
     * named by {@code names} (the map's own name where it has none).
     */
    public MapDrawing draw(Map<String, Long> values, Map<String, String> names) {
        long most = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<MapDrawing.Region> regions = outlines.stream()
                .map(outline -> {
                    long value = values.getOrDefault(outline.code(), 0L);
                    return new MapDrawing.Region(outline.code(), names.getOrDefault(outline.code(), outline.name()),
                            outline.path(), value,
                            MapDrawing.shade(value, most));
                })
                .toList();
        return new MapDrawing(WIDTH, height, regions, MapDrawing.legend(most));
    }

    /** One regency's outline: its code ({@code 53.09}), its name, and its SVG path in map units. */
    public record Outline(String code, String name, String path) {
    }

    private record Projection(double west, double north, double cos, double scale) {

        double[] of(JsonNode point) {
            return new double[]{Math.round(MARGIN + (point.get(0).asDouble() - west) * cos * scale),
                    Math.round(MARGIN + (north - point.get(1).asDouble()) * scale)};
        }
    }

    /** The polygons of a Polygon or MultiPolygon, each a list of rings (outer first). */
    private static List<JsonNode> polygons(JsonNode geometry) {
        List<JsonNode> polygons = new ArrayList<>();
        if ("Polygon".equals(geometry.path("type").asString())) {
            polygons.add(geometry.path("coordinates"));
        } else {
            geometry.path("coordinates").forEach(polygons::add);
        }
        return polygons;
    }

    /**
     * The SVG path of the polygons' outer rings (NTT's regencies have no holes worth a pixel), in relative moves: an
     * absolute {@code M} at each ring's start, then whole-pixel steps, which keeps the page light.
     */
    private static String path(List<JsonNode> polygons, Projection projection) {
        StringBuilder path = new StringBuilder();
        List<double[]> largest = null;
        double largestArea = -1;
        for (JsonNode polygon : polygons) {
            List<double[]> ring = new ArrayList<>();
            for (JsonNode point : polygon.get(0)) {
                ring.add(projection.of(point));
            }
            ring = Simplification.of(ring, TOLERANCE_PX);
            double area = Math.abs(area(ring));
            if (area > largestArea) {
                largestArea = area;
                largest = ring;
            }
            if (area >= SMALLEST_ISLAND_PX2) {
                append(path, ring);
            }
        }
        if (path.isEmpty() && largest != null) {
            append(path, largest);
        }
        return path.toString();
    }

    private static void append(StringBuilder path, List<double[]> ring) {
        long x = (long) ring.get(0)[0];
        long y = (long) ring.get(0)[1];
        path.append('M').append(x).append(' ').append(y).append('l');
        boolean first = true;
        for (int i = 1; i < ring.size() - 1; i++) {
            long nx = (long) ring.get(i)[0];
            long ny = (long) ring.get(i)[1];
            if (nx == x && ny == y) {
                continue;
            }
            number(path, nx - x, first);
            number(path, ny - y, false);
            first = false;
            x = nx;
            y = ny;
        }
        path.append('z');
    }

    /** A step's number, with a space before it unless it is the first or its minus sign separates it. */
    private static void number(StringBuilder path, long value, boolean first) {
        if (!first && value >= 0) {
            path.append(' ');
        }
        path.append(value);
    }

    /** Twice the signed area of a ring (shoelace). */
    private static double area(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            sum += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
        }
        return sum / 2;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the map " + resource, e);
        }
    }
}
