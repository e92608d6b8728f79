package id.tenun.support.problems;

/**
 * The change was based on a version that is no longer current: 412 Precondition Failed, with the current version
 * in the problem's {@code currentVersion} so that the client can reload and retry.
 */
public class StaleVersion extends RuntimeException {

    private final long current;

    public StaleVersion(String what, String id, Long basedOn, long current) {
        super(what + " '" + id + "' is at version " + current + ", the change was based on version " + basedOn
                + "; reload it and try again");
        this.current = current;
    }

    public long current() {
        return current;
    }
}
