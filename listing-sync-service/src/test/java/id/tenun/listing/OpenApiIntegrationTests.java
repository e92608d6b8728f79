package id.tenun.listing;

import org.junit.jupiter.api.Test;

import id.tenun.testsupport.fuzz.OpenApiContract;

/**
 * Listing sync's OpenAPI document: every operation summarised, the bearer scheme where a token is asked for only
 * (not the shops' authorization callback).
 */
class OpenApiIntegrationTests extends ListingSyncIntegrationTestSupport {

    @Test
    void summarisesEveryOperationAndRequiresATokenExactlyWhereTheServiceDoes() {
        OpenApiContract.of(port).assertHolds();
    }
}
