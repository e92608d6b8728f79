package id.tenun.catalog.problems;

/** An update came without {@code If-Match}: 428, so that no client overwrites a change it never saw. */
public class PreconditionRequired extends RuntimeException {

    public PreconditionRequired() {
        super("Send the version your change is based on in If-Match (the ETag of the product you read)");
    }
}
