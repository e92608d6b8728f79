package id.tenun.console.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.tenun.console.services.Text;
import id.tenun.support.problems.InvalidInput;

/** What a desk found wrong with a form's input, per field, in the reader's language: shown next to each field. */
public final class InputProblems {

    private InputProblems() {
    }

    public static Map<String, String> of(InvalidInput invalid, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        invalid.violations().forEach(violation -> problems.merge(violation.field(),
                new Text(violation.id(), violation.en()).in(locale), (a, b) -> a + " " + b));
        return problems;
    }
}
