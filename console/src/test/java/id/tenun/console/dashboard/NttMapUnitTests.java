package id.tenun.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.tenun.console.dashboard.MapDrawing.Region;

class NttMapUnitTests {

    private static final NttMap MAP = new NttMap();

    @Test
    void drawsEachOfTheTwentyTwoRegenciesAndCitiesWithAnOutline() {
        List<NttMap.Outline> outlines = MAP.outlines();

        assertThat(outlines).hasSize(22);
        assertThat(outlines.get(0).code()).isEqualTo("53.01");
        assertThat(outlines.get(21).code()).isEqualTo("53.71");
        assertThat(outlines).allSatisfy(outline -> {
            assertThat(outline.code()).matches("53\\.\\d\\d");
            assertThat(outline.name()).startsWith("K");
            assertThat(outline.path()).as(outline.code()).startsWith("M").endsWith("z").contains("l");
        });
        assertThat(MAP.height()).isBetween(200, NttMap.WIDTH);
    }

    @Test
    void keepsTheMapLightEnoughForAPageOnAThreeGLine() {
        int bytes = MAP.outlines().stream()
                .mapToInt(outline -> outline.path().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("NTT map: 22 paths, %,d bytes of path data (the GeoJSON is 34,868 bytes)%n", bytes);
        assertThat(bytes).isLessThan(16 * 1024);
    }

    @Test
    void shadesEachRegencyByItsValueAndLeavesThoseWithoutSalesGrey() {
        Map<String, Long> values = new HashMap<>();
        values.put("53.09", 1_000_000L);
        values.put("53.71", 500_000L);
        values.put("53.01", 1L);

        MapDrawing drawing = MAP.draw(values, Map.of("53.09", "Kabupaten Ngada dari katalog"));

        Map<String, Region> byCode = new HashMap<>();
        drawing.regions().forEach(region -> byCode.put(region.code(), region));
        assertThat(byCode.get("53.09").shade()).isEqualTo(MapDrawing.SHADES);
        assertThat(byCode.get("53.09").name()).isEqualTo("Kabupaten Ngada dari katalog");
        assertThat(byCode.get("53.71").shade()).isEqualTo(2);
        assertThat(byCode.get("53.01").shade()).isEqualTo(1);
        assertThat(byCode.get("53.02").shade()).isZero();
        assertThat(byCode.get("53.02").name()).isEqualTo("Kabupaten Timor Tengah Selatan");
        assertThat(drawing.regions()).hasSize(22).allSatisfy(region -> assertThat(region.path()).isNotEmpty());
        assertThat(drawing.legend()).extracting(MapDrawing.LegendStep::upTo)
                .containsExactly(0L, 250_000L, 500_000L, 750_000L, 1_000_000L);
    }

    @Test
    void drawsEveryRegencyGreyWhenNothingSold() {
        MapDrawing drawing = MAP.draw(Map.of(), Map.of());

        assertThat(drawing.regions()).allSatisfy(region -> assertThat(region.shade()).isZero());
        assertThat(drawing.legend()).hasSize(1);
    }
}
