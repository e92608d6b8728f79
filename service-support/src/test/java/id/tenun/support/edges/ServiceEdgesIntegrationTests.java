package id.tenun.support.edges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import id.tenun.support.security.CurrentUser;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

@TenunIntegrationTest
class ServiceEdgesIntegrationTests {

    @LocalServerPort
    int port;

    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void readinessIsUpWithKafkaAndMongoAndNeedsNoToken() {
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP");
    }

    @Test
    void mongoStaysUpOnceTheDatabaseHoldsData() {
        mongo.getCollection("health_probe").insertOne(new Document("kopi", "Bajawa"));
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.mongo.status").isEqualTo("UP");
    }

    @Test
    void livenessIsOpenAndPrometheusAnswersStaffAdminsAndMetricsScrapersOnly() {
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        for (String refused : List.of(TestTokens.groupMember("group-1"), TestTokens.mentor("group-1"),
                TestTokens.client("sales-report", CurrentUser.SALES_READ))) {
            http.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + refused).exchange()
                    .expectStatus().isForbidden();
            http.get().uri("/actuator/metrics").header("Authorization", "Bearer " + refused).exchange()
                    .expectStatus().isForbidden();
        }
        for (String allowed : List.of(TestTokens.staff(), TestTokens.admin(),
                TestTokens.client("prometheus", CurrentUser.METRICS_READ))) {
            http.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + allowed).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
        }
    }

    @Test
    void showsHealthDetailsToStaffOnly() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.details").doesNotExist();
        http.get().uri("/actuator/health").header("Authorization", "Bearer " + TestTokens.groupMember("group-1"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.components.kafka.details").doesNotExist();
        http.get().uri("/actuator/health").header("Authorization", "Bearer " + TestTokens.staff()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.components.kafka.details").exists();
    }

    @Test
    void refusesAnApiCallWithoutTokenWithAProblem() {
        http.get().uri("/api/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.detail").exists();
    }

    @Test
    void refusesExpiredTokensAndTokensSignedByAStranger() {
        http.get().uri("/api/me").header("Authorization", "Bearer " + TestTokens.expired("x", List.of("STAFF")))
                .exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/me")
                .header("Authorization", "Bearer " + TestTokens.signedByStranger("x", List.of("STAFF")))
                .exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/me").header("Authorization", "Bearer not-a-jwt")
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void passesRolesAndGroupsOfTheTokenToTheController() {
        http.get().uri("/api/me").header("Authorization", "Bearer " + TestTokens.mentor("g-1", "g-2"))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.roles[0]").isEqualTo("MENTOR")
                .jsonPath("$.groups.length()").isEqualTo(2);
        http.get().uri("/api/groups/g-3/secret").header("Authorization", "Bearer " + TestTokens.groupMember("g-1"))
                .exchange().expectBody().jsonPath("$.allowed").isEqualTo(false);
        http.get().uri("/api/groups/g-3/secret").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectBody().jsonPath("$.allowed").isEqualTo(true);
    }

    @Test
    void namesEachInvalidFieldInTheProblem() {
        http.post().uri("/api/samples").header("Authorization", "Bearer " + TestTokens.staff())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"\",\"price\":-5,\"code\":\"ABCD\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'price')]").exists()
                .jsonPath("$.errors[?(@.field == 'code')]").exists();
    }

    @Test
    void answersBeanValidationErrorsInBothLanguagesLikeEveryOtherFieldProblem() {
        http.post().uri("/api/samples").header("Authorization", "Bearer " + TestTokens.staff())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"kopi\",\"price\":-5,\"code\":\"AB\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("price")
                .jsonPath("$.errors[0].id").isEqualTo("Paling kecil 0.")
                .jsonPath("$.errors[0].en").isEqualTo("must be greater than or equal to 0")
                .jsonPath("$.errors[0].message").isEqualTo("must be greater than or equal to 0");
    }

    @Test
    void namesTheFieldsThatABodyRefusedInItsConstructor() {
        http.post().uri("/api/renames").header("Authorization", "Bearer " + TestTokens.staff())
                .contentType(MediaType.APPLICATION_JSON).body("{\"name\":\" \"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[0].id").isEqualTo("Wajib diisi.");
    }

    @Test
    void answersTheSharedProblemsWithTheirStatusAndFields() {
        http.get().uri("/api/problems/invalid").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("Some fields are invalid: price, name.")
                .jsonPath("$.errors[0].field").isEqualTo("price")
                .jsonPath("$.errors[0].message").isEqualTo("The price must be above 0.")
                .jsonPath("$.errors[0].id").isEqualTo("Harga harus lebih dari 0.")
                .jsonPath("$.errors[1].en").isEqualTo("Is required.");
        http.get().uri("/api/problems/missing").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("Sample 's-1' was not found");
        http.get().uri("/api/problems/conflict").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.id").isEqualTo("Stok tidak cukup.")
                .jsonPath("$.en").isEqualTo("Not enough stock.");
        http.get().uri("/api/problems/stale").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.currentVersion").isEqualTo(5);
    }

    @Test
    void answersMalformedJsonAndWrongTypesWith400NamingTheField() {
        http.post().uri("/api/samples").header("Authorization", "Bearer " + TestTokens.staff())
                .contentType(MediaType.APPLICATION_JSON).body("{\"name\": \"kopi\", ")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.post().uri("/api/samples").header("Authorization", "Bearer " + TestTokens.staff())
                .contentType(MediaType.APPLICATION_JSON).body("{\"name\": \"kopi\", \"price\": \"mahal\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("price");
        http.get().uri("/api/samples/many").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("count");
    }

    @Test
    void letsAScriptClientCallOnlyTheEndpointsItsScopeOpens() {
        String script = "Bearer " + TestTokens.client("script-sikka", CurrentUser.SALES_READ);
        http.get().uri("/api/figures").header("Authorization", script).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.everyGroup").isEqualTo(true);
        http.get().uri("/api/me").header("Authorization", script).exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/samples/3").header("Authorization", script).exchange().expectStatus().isForbidden();
        http.get().uri("/api/figures").header("Authorization", "Bearer " + TestTokens.client("script-sikka", "openid"))
                .exchange().expectStatus().isForbidden();
        http.get().uri("/api/figures").header("Authorization", "Bearer " + TestTokens.groupMember("g-1")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.everyGroup").isEqualTo(false);
    }

    @Test
    void answersARuleRefusedInAControllerWith403NotWith500() {
        http.get().uri("/api/staff-only").header("Authorization", "Bearer " + TestTokens.groupMember("g-1"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/staff-only").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isOk();
    }

    @Test
    void hidesInternalErrorsBehindAPlainProblem() {
        http.get().uri("/api/boom").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().is5xxServerError()
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("\"status\":500").doesNotContain("internal detail").doesNotContain("Exception"));
    }
}
