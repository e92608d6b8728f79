package id.tenun.testsupport.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A service's access matrix, read from a CSV resource: one row per endpoint ({@code method}, {@code path} as mapped,
 * the {@code kind} of action), one column per {@link Caller} saying what that caller gets: {@code ok} (let through),
 * {@code 404} (a resource of a group they may not see, as if it did not exist), {@code 403} (an action their role may
 * never take) or {@code 401} (no token). A row of kind {@code open} is an endpoint that proves itself another way (a
 * marketplace's signature, a seller-authorization state): it must have a rule, and its own tests walk it.
 */
public record AccessMatrix(List<Rule> rules) {

    /** The kind of the endpoints no token decides. */
    public static final String OPEN = "open";

    /** One endpoint and what each caller gets. */
    public record Rule(String method, String path, String kind, Map<Caller, String> answers) {

        /** {@code METHOD path}, as the walker matches rules and endpoints. */
        public String key() {
            return method + " " + path;
        }

        public boolean open() {
            return OPEN.equals(kind);
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** Reads the matrix from a classpath resource (e.g. {@code /access-matrix.csv}); lines starting with # are notes. */
    public static AccessMatrix read(String resource) {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No access matrix at " + resource);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            List<String> header = Arrays.asList(lines.get(0).split(","));
            List<Rule> rules = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                if (cells.length != header.size()) {
                    throw new IllegalArgumentException(resource + ": " + line + " has " + cells.length
                            + " cells, the header " + header.size());
                }
                Map<Caller, String> answers = new EnumMap<>(Caller.class);
                for (int i = 3; i < cells.length; i++) {
                    answers.put(Caller.valueOf(header.get(i).strip()), answer(cells[i].strip(), line));
                }
                rules.add(new Rule(cells[0].strip(), cells[1].strip(), cells[2].strip(), answers));
            }
            return new AccessMatrix(List.copyOf(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String answer(String cell, String line) {
        if (!List.of("ok", "401", "403", "404").contains(cell)) {
            throw new IllegalArgumentException("'" + cell + "' is not ok, 401, 403 or 404 in: " + line);
        }
        return cell;
    }
}
