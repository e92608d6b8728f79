package id.tenun.listing.connection;

/**
 * A connection was made, changed or removed (an application event inside the service, not a Kafka event): the
 * listings of its group on its channel must be worked out again.
 */
public record ConnectionChanged(Connection connection) {
}
