package id.tenun.support.security;

import java.util.List;

/**
 * Paths one service serves without a bearer token, beside those every service opens (health, metrics, the API
 * description, webhooks): declare it as a bean. Only for requests that prove themselves another way, such as a
 * marketplace sending a seller back with a single-use state.
 */
public record OpenPaths(List<String> patterns) {

    public OpenPaths {
        patterns = List.copyOf(patterns);
    }

    public static OpenPaths of(String... patterns) {
        return new OpenPaths(List.of(patterns));
    }
}
