package id.tenun.testsupport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an {@link OpenApiFuzzer} run did: how many operations and requests, the count of each status, and every
 * request that failed (a server error, no answer, or a refusal that stored or published something).
 */
public record FuzzReport(String service, long seed, int operations, int requests, Map<Integer, Integer> statuses,
        List<String> failures, Duration took) {

    /** One line for the test output, e.g. {@code catalog fuzz (seed 14): 21 operations, 840 requests, 3.2 s; …}. */
    public String summary() {
        return "%s fuzz (seed %d): %d operations, %d requests, %.1f s; statuses %s; %d failures".formatted(service,
                seed, operations, requests, took.toMillis() / 1000.0, statuses.entrySet().stream()
                        .map(status -> status.getKey() + "×" + status.getValue())
                        .collect(Collectors.joining(", ")),
                failures.size());
    }

    /** Prints the {@link #summary} (the figures a test run shows) and fails listing every failed request. */
    public void assertNoFailures() {
        System.out.println(summary());
        assertThat(failures).as("requests that answered 5xx, no answer, or stored/published on a refusal").isEmpty();
    }
}
