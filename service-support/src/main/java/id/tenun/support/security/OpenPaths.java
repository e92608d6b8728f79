package id.tenun.support.security;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Paths one service serves without a bearer token, beside those {@link #EVERY_SERVICE every service opens} (health,
 * the API description, webhooks): declare it as a bean. Only for requests that prove themselves another way, such as a
 * marketplace sending a seller back with a single-use state.
 */
public record OpenPaths(List<String> patterns) {

    /** What every service opens: health and info, the API description, the marketplaces' webhooks, errors. */
    public static final OpenPaths EVERY_SERVICE = of("/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webhooks/**", "/error");

    public OpenPaths {
        patterns = List.copyOf(patterns);
    }

    public static OpenPaths of(String... patterns) {
        return new OpenPaths(List.of(patterns));
    }

    /** Every path a service opens: {@link #EVERY_SERVICE} and its own {@code OpenPaths} beans. */
    public static List<String> all(ObjectProvider<OpenPaths> service) {
        return Stream.concat(EVERY_SERVICE.patterns().stream(),
                service.orderedStream().flatMap(paths -> paths.patterns().stream())).toList();
    }

    /** Whether {@code path} (a concrete path, {@code /photos/abc/large.jpg}) is one of {@code patterns}. */
    public static boolean matches(List<String> patterns, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return patterns.stream().anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern)
                .matches(container));
    }
}
