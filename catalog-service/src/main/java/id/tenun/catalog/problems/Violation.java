package id.tenun.catalog.problems;

/**
 * One thing wrong with the input: the field it is about, and what to do, in Bahasa Indonesia ({@code id}) and
 * English ({@code en}). {@code message} repeats the English text for clients that read only that.
 */
public record Violation(String field, String id, String en) {

    public String message() {
        return en;
    }
}
