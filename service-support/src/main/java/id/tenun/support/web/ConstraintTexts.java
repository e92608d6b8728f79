package id.tenun.support.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

import id.tenun.support.problems.Violation;

/**
 * Bean-validation errors in both languages, so that they answer in the same shape as every other field problem.
 * The English text is the validator's; the Bahasa Indonesia text is written here for the standard constraints
 * (with their {@code {min}}, {@code {max}} and {@code {value}} filled in). A constraint with a message of its own,
 * or one not listed here, answers its English text in both.
 */
final class ConstraintTexts {

    private static final String STANDARD = "{jakarta.validation.constraints.";
    private static final Pattern ATTRIBUTE = Pattern.compile("\\{(\\w+)}");
    private static final Map<String, String> INDONESIAN = Map.ofEntries(
            Map.entry("NotNull", "Wajib diisi."),
            Map.entry("NotBlank", "Wajib diisi."),
            Map.entry("NotEmpty", "Wajib diisi."),
            Map.entry("Size", "Banyaknya harus antara {min} dan {max}."),
            Map.entry("Min", "Paling kecil {value}."),
            Map.entry("Max", "Paling besar {value}."),
            Map.entry("DecimalMin", "Paling kecil {value}."),
            Map.entry("DecimalMax", "Paling besar {value}."),
            Map.entry("Positive", "Harus lebih dari 0."),
            Map.entry("PositiveOrZero", "Tidak boleh kurang dari 0."),
            Map.entry("Negative", "Harus kurang dari 0."),
            Map.entry("NegativeOrZero", "Tidak boleh lebih dari 0."),
            Map.entry("Pattern", "Bentuknya tidak sesuai."),
            Map.entry("Email", "Bukan alamat email yang benar."),
            Map.entry("Past", "Harus tanggal yang sudah lewat."),
            Map.entry("PastOrPresent", "Tidak boleh tanggal yang akan datang."),
            Map.entry("Future", "Harus tanggal yang akan datang."),
            Map.entry("FutureOrPresent", "Tidak boleh tanggal yang sudah lewat."));

    private ConstraintTexts() {
    }

    /** The field's problem: {@code en} the validator's message, {@code id} its Bahasa Indonesia text. */
    static Violation violation(String field, String en, ConstraintViolation<?> violation) {
        String id = violation == null ? null : indonesian(violation);
        return id == null ? Violation.inEnglish(field, en) : new Violation(field, id, en);
    }

    private static String indonesian(ConstraintViolation<?> violation) {
        if (!violation.getMessageTemplate().startsWith(STANDARD)) {
            return null;
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String text = INDONESIAN.get(violation.getConstraintDescriptor().getAnnotation().annotationType()
                .getSimpleName());
        if (text == null) {
            return null;
        }
        Matcher placeholder = ATTRIBUTE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled,
                    Matcher.quoteReplacement(String.valueOf(attributes.get(placeholder.group(1)))));
        }
        return placeholder.appendTail(filled).toString();
    }
}
