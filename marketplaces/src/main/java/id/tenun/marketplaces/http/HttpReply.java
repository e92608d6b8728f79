package id.tenun.marketplaces.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/** Status, headers and raw body of one HTTP answer. */
public record HttpReply(int status, HttpHeaders headers, byte[] body) {

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public boolean serverError() {
        return status >= 500;
    }

    /** A wait in seconds (possibly fractional) read from the header, if it is there and a number. */
    public Optional<Duration> secondsHeader(String name) {
        return header(name).flatMap(HttpReply::parseSeconds);
    }

    static Optional<Duration> parseSeconds(String value) {
        try {
            String number = value.trim().replaceAll("[^0-9.].*$", "");
            double seconds = Double.parseDouble(number);
            return Optional.of(Duration.ofMillis(Math.max(0, Math.round(seconds * 1000))));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }
}
