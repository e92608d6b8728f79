package id.tenun.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import id.tenun.catalog.Api;
import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.Fixtures;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/** Every product endpoint answers 404 for a product of a group the caller may not act for, and changes nothing. */
@TenunIntegrationTest
class AccessIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String ownGroup;
    String otherGroup;
    String otherProduct;
    String otherSku;

    @BeforeEach
    void twoGroups() {
        api = new Api(port);
        ownGroup = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Sendiri")).id();
        otherGroup = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Lain")).id();
        Reply other = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(otherGroup));
        otherProduct = other.id();
        otherSku = other.json().path("variants").get(0).path("sku").asString();
    }

    @Test
    void hidesAnotherGroupsProductFromAGroupMemberOnEveryEndpoint() {
        everyEndpointAnswers404(TestTokens.groupMember(ownGroup));
    }

    @Test
    void hidesAProductOfAGroupNotAssignedToTheMentorOnEveryEndpoint() {
        everyEndpointAnswers404(TestTokens.mentor(ownGroup));
    }

    @Test
    void letsStaffAdminsAssignedMentorsAndMembersWorkOnTheirProducts() {
        for (String token : List.of(TestTokens.staff(), TestTokens.admin(), TestTokens.mentor(otherGroup),
                TestTokens.groupMember(otherGroup))) {
            assertThat(api.get(token, "/api/products/" + otherProduct).status()).isEqualTo(200);
            assertThat(api.get(token, "/api/products/" + otherProduct + "/history").status()).isEqualTo(200);
            assertThat(api.get(token, "/api/products/" + otherProduct + "/stock-movements").status()).isEqualTo(200);
            assertThat(api.post(token, "/api/products/" + otherProduct + "/stock-adjustments",
                    Map.of("sku", otherSku, "delta", 1, "reason", "cek akses")).status()).isEqualTo(201);
        }
        assertThat(api.post(TestTokens.groupMember(otherGroup), "/api/products", Fixtures.sarung(otherGroup)).status())
                .isEqualTo(201);
        assertThat(api.get(TestTokens.groupMember(otherGroup), "/api/products?size=200").json().path("total").asInt())
                .isEqualTo(2);
    }

    @Test
    void refusesCallsWithoutAToken() {
        assertThat(api.get(null, "/api/products").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/products/" + otherProduct).status()).isEqualTo(401);
        assertThat(api.post(null, "/api/products", Fixtures.sarung(otherGroup)).status()).isEqualTo(401);
    }

    private void everyEndpointAnswers404(String token) {
        String path = "/api/products/" + otherProduct;
        long version = api.get(TestTokens.staff(), path).json().path("version").asLong();
        assertThat(api.get(token, path).status()).isEqualTo(404);
        assertThat(api.put(token, path, Fixtures.sarung(otherGroup), "\"" + version + "\"").status()).isEqualTo(404);
        assertThat(api.delete(token, path).status()).isEqualTo(404);
        assertThat(api.post(token, path + "/restore", null).status()).isEqualTo(404);
        assertThat(api.get(token, path + "/history").status()).isEqualTo(404);
        assertThat(api.get(token, path + "/stock-movements").status()).isEqualTo(404);
        assertThat(api.post(token, path + "/stock-adjustments",
                Map.of("sku", otherSku, "delta", -1, "reason", "coba")).status()).isEqualTo(404);
        assertThat(api.post(token, "/api/products", Fixtures.sarung(otherGroup)).status()).isEqualTo(404);
        assertThat(api.get(token, "/api/products?groupId=" + otherGroup).status()).isEqualTo(404);
        assertThat(api.get(token, "/api/products?size=200").text()).doesNotContain(otherProduct);
        Reply stored = api.get(TestTokens.staff(), path);
        assertThat(stored.json().path("version").asLong()).isEqualTo(version);
        assertThat(stored.json().path("archived").asBoolean()).isFalse();
        assertThat(api.call(HttpMethod.GET, token, "/api/groups/" + otherGroup, null, Map.of()).status())
                .isEqualTo(404);
    }
}
