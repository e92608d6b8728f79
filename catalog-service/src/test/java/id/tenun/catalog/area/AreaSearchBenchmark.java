package id.tenun.catalog.area;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import id.tenun.catalog.area.Place.Area;
import id.tenun.support.paging.PageRequest;

/**
 * Measures {@link AreaSearch} over all 83,762 villages (not run by Surefire): 1,000 queries after as many to warm
 * up, each the start (3 to 8 characters) or a middle part of a random village's name, first among the villages
 * ({@code level=village}), then among all areas (no level); prints p50, p90, p99 and the slowest in milliseconds.
 * Run: {@code ./mvnw -o -q -pl catalog-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.tenun.catalog.area.AreaSearchBenchmark}, or from the IDE.
 */
public final class AreaSearchBenchmark {

    private static final int QUERIES = 1_000;

    private AreaSearchBenchmark() {
    }

    public static void main(String[] args) {
        Areas areas = Areas.load();
        AreaSearch search = new AreaSearch(areas);
        List<String> names = areas.all(AreaLevel.VILLAGE).stream().map(Area::name).sorted().toList();
        Random random = new Random(53);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2 * QUERIES; i++) {
            String name = AreaSearch.normalized(names.get(random.nextInt(names.size())));
            int length = Math.min(name.length(), 3 + random.nextInt(6));
            int from = i % 4 == 3 ? random.nextInt(name.length() - length + 1) : 0;
            texts.add(name.substring(from, from + length));
        }
        PageRequest page = PageRequest.of(0, 20, 200);
        for (String level : new String[]{"village", null}) {
            texts.subList(QUERIES, 2 * QUERIES).forEach(text -> search.search(text, level, null, page));
            double[] millis = new double[QUERIES];
            long matches = 0;
            for (int i = 0; i < QUERIES; i++) {
                long start = System.nanoTime();
                matches += search.search(texts.get(i), level, null, page).total();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("AREA SEARCH level=%s: %,d queries, %,d matches on average; p50 %.2f ms, p90 %.2f ms,"
                    + " p99 %.2f ms, max %.2f ms%n", level == null ? "(all)" : level, QUERIES, matches / QUERIES,
                    millis[QUERIES / 2], millis[QUERIES * 90 / 100], millis[QUERIES * 99 / 100], millis[QUERIES - 1]);
        }
    }
}
