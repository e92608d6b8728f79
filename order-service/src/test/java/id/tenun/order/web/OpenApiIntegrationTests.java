package id.tenun.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.testsupport.fuzz.OpenApiContract;

/**
 * The service's OpenAPI document (service-support's {@code OpenApiAutoConfiguration}) as a client reads it: a bearer
 * scheme required where the service asks for a token (not by the webhooks), a summary on every operation, and no
 * query parameter a client never sends (the caller, a gathered filter map).
 */
class OpenApiIntegrationTests extends OrderServiceIntegrationTestSupport {

    @Test
    void describesABearerSchemeOffTheWebhooksAndNoCallerOrFilterMapAsAQueryParameter() {
        String body = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        JsonNode document = JsonMapper.builder().build().readTree(body);

        JsonNode scheme = document.path("components").path("securitySchemes").path("bearer");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(document.path("paths").path("/api/orders").path("get").path("security").toString())
                .contains("bearer");
        assertThat(document.path("paths").path("/webhooks/{channel}").path("post").has("security")).isFalse();
        assertThat(document.path("info").path("description").asString()).contains("JWT");
        List<String> queryParameters = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> operation.getValue().path("parameters").forEach(parameter -> {
                    if (parameter.path("in").asString().equals("query")) {
                        queryParameters.add(path.getKey() + " " + parameter.path("name").asString());
                    }
                })));
        assertThat(queryParameters).as("the sales reports' filters are read").isNotEmpty()
                .noneMatch(p -> p.endsWith(" user") || p.endsWith(" parameters"));
    }

    @Test
    void summarisesEveryOperationAndRequiresATokenExactlyWhereTheServiceDoes() {
        OpenApiContract.of(port).assertHolds();
    }

    @Test
    void servesTheUiAtTheReadmesPath() {
        http.get().uri("/swagger-ui").exchange().expectStatus().is3xxRedirection().expectHeader()
                .value("Location", location -> assertThat(location).endsWith("/swagger-ui/index.html"));
        http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }
}
