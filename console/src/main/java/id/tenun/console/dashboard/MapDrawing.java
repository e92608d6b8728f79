package id.tenun.console.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * The NTT map coloured by a value per regency (net sales): each region in one of {@link #SHADES} shades, 0 for none,
 * then equal steps up to the largest value, and the legend that says what each shade means.
 */
public record MapDrawing(int width, int height, List<Region> regions, List<LegendStep> legend) {

    /** Shades of a value above zero; shade 0 is "no sales". */
    public static final int SHADES = 4;

    /** One regency as drawn: {@code shade} 0 (no sales) to {@link #SHADES}. */
    public record Region(String code, String name, String path, long value, int shade) {
    }

    /** A shade and the values it stands for: above {@code above}, up to {@code upTo} (0 and 0 for "none"). */
    public record LegendStep(int shade, long above, long upTo) {
    }

    static int shade(long value, long most) {
        if (value <= 0 || most <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(SHADES, Math.ceil((double) value * SHADES / most)));
    }

    static List<LegendStep> legend(long most) {
        List<LegendStep> steps = new ArrayList<>();
        steps.add(new LegendStep(0, 0, 0));
        if (most <= 0) {
            return steps;
        }
        for (int shade = 1; shade <= SHADES; shade++) {
            steps.add(new LegendStep(shade, most * (shade - 1) / SHADES, most * shade / SHADES));
        }
        return steps;
    }
}
