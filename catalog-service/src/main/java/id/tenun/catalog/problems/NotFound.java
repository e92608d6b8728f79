package id.tenun.catalog.problems;

/** What the caller asked for does not exist, or is not theirs to see: both answer 404, so nothing leaks. */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super(what + " '" + id + "' was not found");
    }
}
