package id.tenun.catalog.problems;

/** The caller may see the thing but not do this to it (e.g. a group member registering a group): 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
