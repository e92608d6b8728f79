package id.tenun.support.problems;

/**
 * A change came without {@code If-Match}: 428, so that no client overwrites a change it never saw.
 * {@code new PreconditionRequired("product")} tells the client to send the ETag of the product it read.
 */
public class PreconditionRequired extends RuntimeException {

    public PreconditionRequired(String what) {
        super("Send the version your change is based on in If-Match (the ETag of the " + what + " you read)");
    }
}
