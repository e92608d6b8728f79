package id.tenun.catalog.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.tenun.catalog.Api;
import id.tenun.catalog.Api.Reply;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/** {@code GET /api/areas} for any signed-in user, paged, with its refusals as problems naming the parameter. */
@TenunIntegrationTest
class AreaSearchIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void answersAnySignedInUserWithAPageOfAreas() {
        Api api = new Api(port);
        Reply districts = api.get(TestTokens.groupMember("grp-any"), "/api/areas?parent=53.09&size=5");
        assertThat(districts.status()).isEqualTo(200);
        assertThat(districts.json().path("total").asInt()).isEqualTo(12);
        assertThat(districts.json().path("items")).hasSize(5);
        assertThat(districts.json().path("items").get(0).path("label").asString()).startsWith("Kec. ");
        Reply village = api.get(TestTokens.mentor(), "/api/areas?q=keligejo&level=village");
        assertThat(village.json().path("items").get(0).path("code").asString()).isEqualTo("53.09.01.2001");
        assertThat(api.get(null, "/api/areas?q=bajawa").status()).isEqualTo(401);
    }

    @Test
    void refusesABadLevelOrPageSizeNamingIt() {
        Api api = new Api(port);
        Reply badLevel = api.get(TestTokens.staff(), "/api/areas?q=ende&level=kota");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.json().path("errors").get(0).path("field").asString()).isEqualTo("level");
        assertThat(api.get(TestTokens.staff(), "/api/areas?size=201").status()).isEqualTo(400);
    }
}
