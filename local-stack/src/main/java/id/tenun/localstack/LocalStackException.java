package id.tenun.localstack;

/** A part of the local stack could not start; the message names the part and, where it helps, the port. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
