package id.tenun.catalog.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import id.tenun.catalog.Api;
import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.Fixtures;
import id.tenun.catalog.Published;
import id.tenun.events.group.GroupSnapshot;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

@TenunIntegrationTest
class GroupsIntegrationTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void registersAGroupInARealVillageAndPublishesItsSnapshot() {
        Reply created = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Tenun Du'a Sikka"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"1\"");
        JsonNode group = created.json();
        assertThat(group.path("districtCode").asString()).isEqualTo("53.07.03");
        assertThat(group.path("regencyCode").asString()).isEqualTo("53.07");
        assertThat(group.path("regencyName").asString()).isEqualTo("Kabupaten Sikka");
        assertThat(group.path("status").asString()).isEqualTo("ACTIVE");

        GroupSnapshot snapshot = Published.onTestBroker().group(created.id(), 1).group();
        assertThat(snapshot.name()).isEqualTo("Kelompok Tenun Du'a Sikka");
        assertThat(snapshot.villageCode()).isEqualTo(Fixtures.SIKKA_VILLAGE);
        assertThat(snapshot.districtCode()).isEqualTo("53.07.03");
        assertThat(snapshot.regencyCode()).isEqualTo("53.07");
        assertThat(snapshot.provinceCode()).isEqualTo("53");
        assertThat(snapshot.programme().name()).isEqualTo("OVOP");
        assertThat(Published.onTestBroker().groups(created.id())).hasSize(1);
    }

    @Test
    void refusesAnUnknownVillageCodeAndStoresNothing() {
        String name = "Kelompok Hantu " + UUID.randomUUID();
        Map<String, Object> body = Fixtures.group(name);
        body.put("villageCode", "53.07.03.9999");

        Reply refused = api.post(TestTokens.staff(), "/api/groups", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().getContentType().toString()).contains("problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("villageCode");
        assertThat(refused.json().path("errors").get(0).path("id").asString()).contains("tidak ada");
        body.put("villageCode", "Sikka");
        assertThat(api.post(TestTokens.staff(), "/api/groups", body).status()).isEqualTo(400);
        assertThat(api.get(TestTokens.staff(), "/api/groups?size=200").text()).doesNotContain(name);
    }

    @Test
    void refusesASchoolOutsideOsopAndAnUnknownProgramme() {
        Map<String, Object> body = Fixtures.group("SMK Negeri 1 Maumere");
        body.put("kind", "SCHOOL");
        assertThat(api.post(TestTokens.staff(), "/api/groups", body).json().path("errors").get(0).path("field")
                .asString()).isEqualTo("kind");
        body.put("programme", "OXOP");
        assertThat(api.post(TestTokens.staff(), "/api/groups", body).status()).isEqualTo(400);
    }

    @Test
    void keepsTheGroupsNibAndTheKindsOfItsProducts() {
        Map<String, Object> body = Fixtures.group("Kelompok Kopi Colol");
        body.put("nib", "912 0301 234567");
        body.put("productKinds", List.of("pangan.kopi", "pangan.madu", "pangan.kopi"));

        Reply created = api.post(TestTokens.staff(), "/api/groups", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("nib").asString()).isEqualTo("9120301234567");
        assertThat(created.json().path("productKinds").toString()).isEqualTo("[\"pangan.kopi\",\"pangan.madu\"]");
        body.put("nib", null);
        body.put("productKinds", List.of("tekstil.tenun-ikat"));
        assertThat(api.put(TestTokens.staff(), "/api/groups/" + created.id(), body, "\"1\"").status()).isEqualTo(200);
        JsonNode read = api.get(TestTokens.staff(), "/api/groups/" + created.id()).json();
        assertThat(read.path("nib").isNull()).isTrue();
        assertThat(read.path("productKinds").toString()).isEqualTo("[\"tekstil.tenun-ikat\"]");
    }

    @Test
    void refusesAnNibThatIsNotThirteenDigitsOrAnUnknownProductKindAndStoresNothing() {
        String name = "Kelompok Salah NIB " + UUID.randomUUID();
        Map<String, Object> body = Fixtures.group(name);
        body.put("nib", "91203012345");

        Reply shortNib = api.post(TestTokens.staff(), "/api/groups", body);
        assertThat(shortNib.status()).isEqualTo(400);
        assertThat(shortNib.headers().getContentType().toString()).contains("problem+json");
        assertThat(shortNib.json().path("errors").get(0).path("field").asString()).isEqualTo("nib");
        assertThat(shortNib.json().path("errors").get(0).path("id").asString()).contains("13 angka");

        body.put("nib", "9120301234567");
        body.put("productKinds", List.of("pangan.kopi", "pangan.rendang"));
        Reply unknownKind = api.post(TestTokens.staff(), "/api/groups", body);
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.json().path("errors").get(0).path("field").asString()).isEqualTo("productKinds");
        assertThat(unknownKind.json().path("errors").get(0).path("en").asString()).contains("pangan.rendang");

        body.put("productKinds", IntStream.range(0, 11).mapToObj(i -> "kind" + i).toList());
        assertThat(api.post(TestTokens.staff(), "/api/groups", body).json().path("errors").get(0).path("field")
                .asString()).isEqualTo("productKinds");
        assertThat(api.get(TestTokens.staff(), "/api/groups?size=200&q=Salah NIB").json().path("total").asInt())
                .isZero();
    }

    @Test
    void updatesAGroupAsANewVersionAndRefusesAStaleOne() {
        Reply created = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Madu Hutan"));
        Map<String, Object> body = Fixtures.group("Kelompok Madu Hutan Mutis");
        body.put("status", "PAUSED");

        Reply updated = api.put(TestTokens.staff(), "/api/groups/" + created.id(), body, "\"1\"");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.etag()).isEqualTo("\"2\"");
        GroupSnapshot snapshot = Published.onTestBroker().group(created.id(), 2).group();
        assertThat(snapshot.name()).isEqualTo("Kelompok Madu Hutan Mutis");
        assertThat(snapshot.status()).isEqualTo(GroupSnapshot.GroupStatus.PAUSED);

        assertThat(api.put(TestTokens.staff(), "/api/groups/" + created.id(), body, "\"1\"").status()).isEqualTo(412);
    }

    @Test
    void listsGroupsFilteredByRegencyProgrammeAndStatusPageByPage() {
        String regency = "53.11"; // Sumba Timur
        String village = "53.11.01.1003";
        int before = api.get(TestTokens.staff(), "/api/groups?regency=" + regency + "&programme=OCOP")
                .json().path("total").asInt();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = Fixtures.group("Koperasi Tenun Sumba " + i);
            body.put("programme", "OCOP");
            body.put("kind", "COOPERATIVE");
            body.put("villageCode", village);
            assertThat(api.post(TestTokens.staff(), "/api/groups", body).status()).isEqualTo(201);
        }

        Reply page = api.get(TestTokens.staff(), "/api/groups?regency=" + regency + "&programme=OCOP&size=2&page=0");
        assertThat(page.json().path("total").asInt()).isEqualTo(before + 3);
        assertThat(page.json().path("items").size()).isEqualTo(2);
        for (JsonNode item : page.json().path("items")) {
            assertThat(item.path("regencyCode").asString()).isEqualTo(regency);
            assertThat(item.path("programme").asString()).isEqualTo("OCOP");
        }
        assertThat(api.get(TestTokens.staff(), "/api/groups?regency=" + regency + "&status=PAUSED&programme=OCOP")
                .json().path("total").asInt()).isZero();
        assertThat(api.get(TestTokens.staff(), "/api/groups?size=0").status()).isEqualTo(400);
        assertThat(api.get(TestTokens.staff(), "/api/groups?programme=NOPE").status()).isEqualTo(400);
    }

    @Test
    void findsGroupsByAPartOfTheirNameInAnyCase() {
        Map<String, Object> body = Fixtures.group("Kelompok Tenun Ikat Watublapi");
        assertThat(api.post(TestTokens.staff(), "/api/groups", body).status()).isEqualTo(201);

        Reply found = api.get(TestTokens.staff(), "/api/groups?q=ikat WATUB");

        assertThat(found.json().path("total").asInt()).isEqualTo(1);
        assertThat(found.json().path("items").get(0).path("name").asString())
                .isEqualTo("Kelompok Tenun Ikat Watublapi");
        assertThat(api.get(TestTokens.staff(), "/api/groups?q=Watublapi.*").json().path("total").asInt()).isZero();
        assertThat(api.get(TestTokens.staff(), "/api/groups?q=" + "x".repeat(101)).status()).isEqualTo(400);
    }

    @Test
    void countsGroupsPerRegencyAndProgrammeInOneCall() {
        Map<String, Object> body = Fixtures.group("Kelompok Garam Bipolo");
        body.put("villageCode", "53.01.07.2005");
        api.post(TestTokens.staff(), "/api/groups", body);

        Reply counts = api.get(TestTokens.staff(), "/api/groups/counts");

        assertThat(counts.status()).as(counts.toString()).isEqualTo(200);
        JsonNode kupang = null;
        for (JsonNode row : counts.json()) {
            if (row.path("regencyCode").asString().equals("53.01") && row.path("programme").asString().equals("OVOP")) {
                kupang = row;
            }
        }
        assertThat(kupang).isNotNull();
        assertThat(kupang.path("groups").asLong()).isPositive();
        assertThat(kupang.path("regencyName").asString()).isEqualTo("Kabupaten Kupang");
    }

    @Test
    void letsOnlyStaffRegisterAndHidesOtherGroupsFromMembersAndMentors() {
        String own = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok A")).id();
        String other = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok B")).id();

        assertThat(api.post(TestTokens.groupMember(own), "/api/groups", Fixtures.group("X")).status()).isEqualTo(403);
        assertThat(api.post(TestTokens.mentor(own), "/api/groups", Fixtures.group("X")).status()).isEqualTo(403);
        assertThat(api.get(TestTokens.groupMember(own), "/api/groups/" + own).status()).isEqualTo(200);
        assertThat(api.get(TestTokens.groupMember(own), "/api/groups/" + other).status()).isEqualTo(404);
        assertThat(api.get(TestTokens.mentor(own), "/api/groups/" + other).status()).isEqualTo(404);
        assertThat(api.put(TestTokens.mentor(own), "/api/groups/" + other, Fixtures.group("B2"), null).status())
                .isEqualTo(404);
        assertThat(api.put(TestTokens.groupMember(own), "/api/groups/" + own, Fixtures.group("A2"), null).status())
                .isEqualTo(403);
        Reply list = api.get(TestTokens.groupMember(own), "/api/groups?size=200");
        assertThat(list.json().path("total").asInt()).isEqualTo(1);
        assertThat(list.json().path("items").get(0).path("id").asString()).isEqualTo(own);
        assertThat(api.get(null, "/api/groups").status()).isEqualTo(401);
    }

    @Test
    void letsAMentorSeeAndChangeExactlyTheGroupsTheirTokenNames() {
        Map<String, Object> body = Fixtures.group("Kelompok Kelor Oelbiteno");
        String id = api.post(TestTokens.staff(), "/api/groups", body).id();
        String assigned = TestTokens.mentor(id); // assigned in the console, carried by the token's groups
        String unassigned = TestTokens.mentor("grp-elsewhere");

        assertThat(api.get(assigned, "/api/groups/" + id).status()).isEqualTo(200);
        body.put("contactPhone", "085212345678");
        assertThat(api.put(assigned, "/api/groups/" + id, body, null).status()).isEqualTo(200);
        assertThat(api.get(unassigned, "/api/groups/" + id).status()).isEqualTo(404);
        assertThat(api.put(unassigned, "/api/groups/" + id, body, null).status()).isEqualTo(404);
    }
}
