package id.tenun.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import id.tenun.events.Programme;
import id.tenun.events.Topics;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.group.GroupSnapshot;
import id.tenun.events.group.GroupSnapshot.GroupKind;
import id.tenun.events.group.GroupSnapshot.GroupStatus;
import id.tenun.testsupport.TestTokens;

class ListingSearchIntegrationTests extends ListingSyncIntegrationTestSupport {

    private static final String STAFF = "Bearer " + TestTokens.staff();

    @Test
    void findsListingsByMarketplaceAndByTheRegencyAndProgrammeOfTheirGroup() {
        group("grp-search-ngada", Programme.OVOP, "53.09.01.2001");
        group("grp-search-sikka", Programme.OCOP, "53.07.03.2005");
        connect("grp-search-ngada", 1, null);
        connect("grp-search-sikka", 1, null);
        publish(product("prd-search-ngada", "grp-search-ngada", 1, 10_000, 5));
        publish(product("prd-search-sikka", "grp-search-sikka", 1, 10_000, 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> listingsOf("prd-search-ngada").size() == 3
                && listingsOf("prd-search-sikka").size() == 3 && total("regency=53.09") == 3);

        assertThat(products("regency=53.09")).containsOnly("prd-search-ngada");
        assertThat(products("programme=OCOP&channel=shopee")).containsExactly("prd-search-sikka");
        assertThat(products("regency=53.07&programme=OVOP")).isEmpty();
        assertThat(total("groupId=grp-search-ngada&channel=lazada")).isEqualTo(1);
        assertThat(total("groupId=grp-search-ngada&regency=53.07")).isZero();
        http.get().uri("/api/listings?regency=53.09&channel=tokopedia")
                .header("Authorization", "Bearer " + TestTokens.mentor("grp-search-sikka")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
        http.get().uri("/api/listings?regency=53.07&channel=tokopedia")
                .header("Authorization", "Bearer " + TestTokens.mentor("grp-search-sikka")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].productId").isEqualTo("prd-search-sikka");
    }

    @Test
    void refusesAnUnknownMarketplaceRegencyOrProgrammeNamingTheParameter() {
        for (String query : new String[]{"channel=amazon", "regency=5309", "regency=53.9", "programme=OSOP1",
                "programme=ovop"}) {
            String parameter = query.substring(0, query.indexOf('='));
            http.get().uri("/api/listings?" + query).header("Authorization", STAFF).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(parameter);
        }
    }

    private List<String> products(String query) {
        return http.get().uri("/api/listings?size=200&" + query).header("Authorization", STAFF).exchange()
                .expectStatus().isOk().expectBody(Page.class).returnResult().getResponseBody().items().stream()
                .map(Item::productId).filter(id -> id.startsWith("prd-search-")).toList();
    }

    private long total(String query) {
        return http.get().uri("/api/listings?size=1&" + query).header("Authorization", STAFF).exchange()
                .expectStatus().isOk().expectBody(Page.class).returnResult().getResponseBody().total();
    }

    private void group(String groupId, Programme programme, String villageCode) {
        String district = villageCode.substring(0, 8);
        GroupSnapshot group = new GroupSnapshot(groupId, 1, "Kelompok " + groupId, programme, GroupKind.BUMDES,
                villageCode, district, district.substring(0, 5), "53", GroupStatus.ACTIVE, List.of(), Instant.now());
        kafka.send(Topics.GROUPS, groupId, GroupChanged.of(group)).join();
    }

    record Page(List<Item> items, long total) {
    }

    record Item(String productId) {
    }
}
