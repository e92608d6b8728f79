package id.tenun.console.services;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import id.tenun.console.identity.UserTokens;
import id.tenun.console.services.ServiceRefused.FieldProblem;
import id.tenun.console.user.User;

/**
 * The console's pages call the services as the signed-in person ({@link UserTokens}), so each service applies its
 * own rules. Answers are read leniently (a field the page does not show is ignored); a refusal becomes
 * {@link ServiceRefused} with the service's problem detail, no answer at all {@link ServiceUnreachable}.
 */
@Component
@EnableConfigurationProperties(ServiceSettings.class)
public class ServiceCalls {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final ServiceSettings settings;
    private final UserTokens tokens;
    private final RestClient client;

    ServiceCalls(ServiceSettings settings, UserTokens tokens) {
        this.settings = settings;
        this.tokens = tokens;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(settings.timeout());
        this.client = RestClient.builder().requestFactory(requests)
                .configureMessageConverters(converters -> converters
                        .withJsonConverter(new JacksonJsonHttpMessageConverter(LENIENT)))
                .build();
    }

    /** Calls made as this user, with one token for all of them. */
    public As as(User user) {
        return new As("Bearer " + tokens.accessToken(user));
    }

    /** The calls of one person, usually for one page. */
    public final class As {

        private final String authorization;

        private As(String authorization) {
            this.authorization = authorization;
        }

        /** GET {@code path} (a URI template with {@code {name}} variables) of the service, read as {@code type}. */
        public <T> T get(Service service, String path, Map<String, ?> variables, Class<T> type) {
            return call(service, path, () -> client.get().uri(settings.of(service) + path, variables)
                    .header("Authorization", authorization).retrieve().body(type));
        }

        /**
         * GET a file of the service and hand its answer to {@code download} as it arrives (nothing held in memory);
         * a refusal is thrown before {@code download} sees anything.
         */
        public void download(Service service, String path, Map<String, ?> variables, Download download) {
            call(service, path, () -> client.get().uri(settings.of(service) + path, variables)
                    .header("Authorization", authorization).exchange((request, response) -> {
                        if (response.getStatusCode().isError()) {
                            throw new RestClientResponseException(response.getStatusText(),
                                    response.getStatusCode(), response.getStatusText(), response.getHeaders(),
                                    response.getBody().readAllBytes(), null);
                        }
                        download.from(response.getHeaders(), response.getBody());
                        return null;
                    }));
        }

        /** POST a JSON body; answers what the service answered, as {@code type}. */
        public <T> T post(Service service, String path, Map<String, ?> variables, Object body, Class<T> type) {
            return call(service, path, () -> client.post().uri(settings.of(service) + path, variables)
                    .header("Authorization", authorization).body(body).retrieve().body(type));
        }

        /** PUT a JSON body with {@code If-Match} (the version the change is based on). */
        public <T> T put(Service service, String path, Map<String, ?> variables, Object body, long version,
                Class<T> type) {
            return call(service, path, () -> client.put().uri(settings.of(service) + path, variables)
                    .header("Authorization", authorization).header("If-Match", "\"" + version + "\"")
                    .body(body).retrieve().body(type));
        }

        /** POST one file as {@code multipart/form-data} part {@code file}. */
        public <T> T postFile(Service service, String path, Map<String, ?> variables, MultipartFile file,
                Class<T> type) {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("file", file.getResource());
            return call(service, path, () -> client.post().uri(settings.of(service) + path, variables)
                    .header("Authorization", authorization).contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(parts).retrieve().body(type));
        }

        /** DELETE; answers nothing. */
        public void delete(Service service, String path, Map<String, ?> variables) {
            call(service, path, () -> client.delete().uri(settings.of(service) + path, variables)
                    .header("Authorization", authorization).retrieve().toBodilessEntity());
        }
    }

    private static <T> T call(Service service, String path, Call<T> call) {
        try {
            return call.run();
        } catch (RestClientResponseException refused) {
            JsonNode problem = problem(refused);
            String detail = problem.path("detail").asString(refused.getStatusText());
            Text text = new Text(problem.path("id").asString(detail), problem.path("en").asString(detail));
            throw new ServiceRefused(service, refused.getStatusCode(), detail, text, fieldProblems(problem));
        } catch (ResourceAccessException unreachable) {
            throw new ServiceUnreachable(service, path, unreachable);
        }
    }

    private static JsonNode problem(RestClientResponseException refused) {
        try {
            return LENIENT.readTree(refused.getResponseBodyAsString());
        } catch (RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }

    private static List<FieldProblem> fieldProblems(JsonNode problem) {
        List<FieldProblem> problems = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            String en = error.path("en").asString(error.path("message").asString(""));
            problems.add(new FieldProblem(error.path("field").asString(""),
                    new Text(error.path("id").asString(en), en)));
        }
        return problems;
    }

    /** What takes a downloaded file: its headers and its body, read as it comes. */
    @FunctionalInterface
    public interface Download {
        void from(HttpHeaders headers, InputStream body) throws IOException;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run();
    }
}
