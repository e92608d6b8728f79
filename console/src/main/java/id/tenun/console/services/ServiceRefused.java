package id.tenun.console.services;

import org.springframework.http.HttpStatusCode;

/** A service said no (4xx or 5xx): its status and its problem's detail, in the service's words. */
public class ServiceRefused extends RuntimeException {

    private final transient HttpStatusCode status;
    private final String detail;

    ServiceRefused(Service service, HttpStatusCode status, String detail) {
        super(service + " answered " + status.value() + ": " + detail);
        this.status = status;
        this.detail = detail;
    }

    public HttpStatusCode status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /** The resource is not there for this person (the services answer 404, or 403 for a whole kind of action). */
    public boolean notThere() {
        return status.value() == 404 || status.value() == 403;
    }
}
