package id.tenun.support.problems;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One thing wrong with the input, as every service answers it in a 400 problem's {@code errors}: the field it is
 * about (named the way the client sent it, e.g. {@code variants[0].sku}), and what to do in Bahasa Indonesia
 * ({@code id}) and English ({@code en}). {@code message} repeats the English text for clients that read only that.
 */
@JsonPropertyOrder({"field", "message", "id", "en"})
public record Violation(String field, String id, String en) {

    /** The same text in both languages, for a text that exists only in English (e.g. a custom constraint's). */
    public static Violation inEnglish(String field, String en) {
        return new Violation(field, en, en);
    }

    @JsonProperty("message")
    public String message() {
        return en;
    }
}
