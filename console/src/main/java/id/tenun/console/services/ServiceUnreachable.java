package id.tenun.console.services;

/** A service did not answer in time, or not at all: the page says so and asks to try again shortly. */
public class ServiceUnreachable extends RuntimeException {

    private final Service service;

    ServiceUnreachable(Service service, String path, Throwable cause) {
        super(service + " did not answer " + path + ": " + cause.getMessage(), cause);
        this.service = service;
    }

    public Service service() {
        return service;
    }
}
