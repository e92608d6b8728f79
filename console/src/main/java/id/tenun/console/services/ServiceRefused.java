package id.tenun.console.services;

import java.util.List;

import org.springframework.http.HttpStatusCode;

/**
 * A service said no (4xx or 5xx): its status, its problem's detail, the refusal in both languages where the service
 * wrote both ({@code id}, {@code en}), and for a 400 what was wrong with each field.
 */
public class ServiceRefused extends RuntimeException {

    private final transient HttpStatusCode status;
    private final String detail;
    private final Text text;
    private final transient List<FieldProblem> errors;

    ServiceRefused(Service service, HttpStatusCode status, String detail, Text text, List<FieldProblem> errors) {
        super(service + " answered " + status.value() + ": " + detail);
        this.status = status;
        this.detail = detail;
        this.text = text;
        this.errors = List.copyOf(errors);
    }

    public HttpStatusCode status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public Text text() {
        return text;
    }

    /** What was wrong with each field, as the service named the fields ({@code variants[0].priceRupiah}). */
    public List<FieldProblem> errors() {
        return errors;
    }

    /** The resource is not there for this person (the services answer 404, or 403 for a whole kind of action). */
    public boolean notThere() {
        return status.value() == 404 || status.value() == 403;
    }

    /** One field the service refused, and why in both languages. */
    public record FieldProblem(String field, Text text) {
    }
}
