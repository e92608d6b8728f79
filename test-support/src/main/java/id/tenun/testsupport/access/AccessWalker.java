package id.tenun.testsupport.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.tenun.testsupport.access.AccessMatrix.Rule;

/**
 * Walks a service's {@link AccessMatrix} over the running service: every endpoint the service maps must have a rule
 * and every rule an endpoint ({@link #assertEveryEndpointHasARule}), so a new endpoint without a rule fails the
 * suite; then every rule is called as every {@link Caller} and must answer as the matrix says ({@link #walk}).
 */
public final class AccessWalker {

    private final AccessMatrix matrix;
    private final ApplicationContext context;
    private final URI base;
    private final String under;
    private final Tokens tokens;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The request a test sends for a rule and a caller, with real ids; may set up a fresh resource each time. */
    @FunctionalInterface
    public interface Requests {
        AccessRequest of(Rule rule, Caller caller);
    }

    /** The bearer token of a caller for a resource of {@code group}, another group being {@code other}. */
    @FunctionalInterface
    public interface Tokens {
        String of(Caller caller, String group, String other);
    }

    /** Walks every endpoint the service maps, with the tokens {@link Caller#token} mints (the local stack's key). */
    public AccessWalker(AccessMatrix matrix, ApplicationContext context, int port) {
        this(matrix, context, URI.create("http://localhost:" + port), "/", Caller::token);
    }

    private AccessWalker(AccessMatrix matrix, ApplicationContext context, URI base, String under, Tokens tokens) {
        this.matrix = matrix;
        this.context = context;
        this.base = base;
        this.under = under;
        this.tokens = tokens;
    }

    /**
     * The same walk over the endpoints whose path starts with {@code pathPrefix} only (the console's bearer API under
     * {@code /api/}; its pages are signed in by session and walked by the browser tests), with the callers' tokens
     * from {@code tokens} (the console signs its own).
     */
    public AccessWalker over(String pathPrefix, Tokens tokens) {
        return new AccessWalker(matrix, context, base, pathPrefix, tokens);
    }

    /**
     * The endpoints the service's own controllers map (under the walk's path prefix), as {@code METHOD path}: Spring's error page, the actuator,
     * the API description (springdoc) and controllers declared by tests are not the service's and have no rule.
     */
    public Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            if (!shipped(entry.getValue().getBeanType())) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            for (String path : info.getPatternValues()) {
                if (!path.startsWith(under)) {
                    continue;
                }
                for (String method : methods.isEmpty() ? Set.of("*") : methods) {
                    endpoints.add(method + " " + path);
                }
            }
        }
        return endpoints;
    }

    /**
     * A controller of the service's main code: not Spring's or springdoc's, nor service-support's error page
     * ({@code /error}, every service's), nor one that a test declares.
     */
    private static boolean shipped(Class<?> controller) {
        CodeSource source = controller.getProtectionDomain().getCodeSource();
        return controller.getPackageName().startsWith("id.tenun.")
                && !controller.getPackageName().startsWith("id.tenun.support.")
                && (source == null || !source.getLocation().toString().endsWith("/test-classes/"));
    }

    /** Fails naming every endpoint without a rule and every rule without an endpoint. */
    public void assertEveryEndpointHasARule() {
        Set<String> mapped = endpoints();
        Set<String> ruled = new TreeSet<>(matrix.rules().stream().map(Rule::key).toList());
        Set<String> withoutRule = new TreeSet<>(mapped);
        withoutRule.removeAll(ruled);
        Set<String> withoutEndpoint = new TreeSet<>(ruled);
        withoutEndpoint.removeAll(mapped);
        assertThat(withoutRule).as("endpoints without a rule in the access matrix").isEmpty();
        assertThat(withoutEndpoint).as("rules of the access matrix without an endpoint").isEmpty();
        assertThat(matrix.rules()).as("one rule per endpoint").hasSameSizeAs(ruled);
    }

    /**
     * Calls every rule but the open ones as every caller, for a resource of {@code group} ({@code other} being a
     * group the "other" callers belong to), and fails with every answer that is not the matrix's: {@code ok} must
     * not be 401, 403, 404 or a server error; a refusal must be exactly its status with a problem body, and a 404
     * must not name {@code group} unless the request does.
     */
    public void walk(String group, String other, Requests requests) {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : matrix.rules()) {
            if (rule.open()) {
                continue;
            }
            rule.answers().forEach((caller, expected) -> {
                AccessRequest request = requests.of(rule, caller);
                HttpResponse<String> response = send(rule.method(), request, tokens.of(caller, group, other));
                String problem = check(expected, response, request.names(group) ? null : group);
                if (problem != null) {
                    wrong.add(rule.method() + " " + request.path() + " as " + caller + ": " + problem);
                }
            });
        }
        assertThat(wrong).as("answers that differ from the access matrix").isEmpty();
    }

    private static String check(String expected, HttpResponse<String> response, String hiddenGroup) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        String got = "got " + status + " " + body.substring(0, Math.min(body.length(), 200));
        if (expected.equals("ok")) {
            return status >= 500 || status == 401 || status == 403 || status == 404 ? "expected ok, " + got : null;
        }
        if (status != Integer.parseInt(expected)) {
            return "expected " + expected + ", " + got;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").contains("application/problem+json")) {
            return "expected a problem body, " + got;
        }
        if (status == 404 && hiddenGroup != null && body.contains(hiddenGroup)) {
            return "the 404 names the group it hides, " + got;
        }
        return null;
    }

    private HttpResponse<String> send(String method, AccessRequest request, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.path()))
                .method(method, request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot call " + request.path(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling " + request.path(), e);
        }
    }
}
