package id.tenun.catalog;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.fuzz.OpenApiContract;

/** The catalog's OpenAPI document: every operation summarised, the bearer scheme where a token is asked for only. */
@TenunIntegrationTest
class OpenApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void summarisesEveryOperationAndRequiresATokenExactlyWhereTheServiceDoes() {
        OpenApiContract.of(port).assertHolds();
    }
}
