package id.tenun.support.problems;

/**
 * What the caller asked for does not exist, or is not theirs to see: both answer 404, so nothing leaks.
 * {@code throw new NotFound("Product", id)} answers "Product 'prd-1' was not found".
 */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super(what + " '" + id + "' was not found");
    }
}
