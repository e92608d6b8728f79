package id.tenun.catalog.problems;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that a command refused, with every field that was wrong. It is an {@link IllegalArgumentException}, so
 * callers outside the web (import, Kafka) treat it as the caller's fault; at the REST edge it is a 400 problem
 * with {@code errors: [{field, message, id, en}]}.
 */
public class InvalidInput extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.en()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String id, String en) {
        return new InvalidInput(List.of(new Violation(field, id, en)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
