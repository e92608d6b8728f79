package id.tenun.support.problems;

/**
 * The caller may see the thing but not do this to it (e.g. a group member registering a group): 403, the message
 * being the problem's {@code detail}.
 */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
