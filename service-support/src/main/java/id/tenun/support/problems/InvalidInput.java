package id.tenun.support.problems;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that a command refused, with every field that was wrong: a 400 problem with
 * {@code errors: [{field, message, id, en}]}. It is an {@link IllegalArgumentException}, so callers outside the
 * web (an import, a Kafka listener) treat it as the sender's fault.
 *
 * <pre>{@code
 * throw InvalidInput.of("groupId", "Pilih kelompok pemilik produk.", "Name the group that makes it.");
 * }</pre>
 */
public class InvalidInput extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.en()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** One wrong field: its name, what to do in Bahasa Indonesia ({@code id}) and in English ({@code en}). */
    public static InvalidInput of(String field, String id, String en) {
        return new InvalidInput(List.of(new Violation(field, id, en)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
