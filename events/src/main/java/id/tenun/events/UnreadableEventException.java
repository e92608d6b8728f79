package id.tenun.events;

/**
 * The bytes are not an event this module can read: not JSON, a required field missing or invalid, or an unknown
 * type. Retrying will not help: a consumer sends the record to the topic's dead-letter topic.
 */
public class UnreadableEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }

}
