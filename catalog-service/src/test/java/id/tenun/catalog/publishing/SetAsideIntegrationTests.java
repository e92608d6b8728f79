package id.tenun.catalog.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import id.tenun.catalog.Api;
import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.Eventually;
import id.tenun.catalog.Fixtures;
import id.tenun.catalog.Published;
import id.tenun.catalog.group.Group;
import id.tenun.catalog.product.Product;
import id.tenun.catalog.product.Products;
import id.tenun.catalog.publishing.SetAside.Entry;
import id.tenun.events.Topics;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/**
 * Documents the relay cannot publish (a snapshot the contract refuses, a record too large for Kafka), stored
 * between good ones and filling whole rounds of two: the good ones arrive on Kafka, the bad ones are set aside with
 * their reason and counted, and one is published as soon as it is mended.
 */
@TenunIntegrationTest
@TestPropertySource(properties = {"tenun.catalog.publishing.batch-size=2",
        "tenun.catalog.publishing.sweep-interval=500ms", "tenun.catalog.publishing.set-aside-retry=1h"})
@DirtiesContext
class SetAsideIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Products products;

    @Autowired
    SetAside setAside;

    @Autowired
    Outbox outbox;

    @Autowired
    MeterRegistry meters;

    @Test
    void publishesTheOthersAndSetsAsideWhatCannotBePublishedUntilItIsMended() {
        Api api = new Api(port);
        String goodGroup = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Tenun Nita")).id();
        String badGroup = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Tenun Koting")).id();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(goodGroup)).id());
        }
        ids.forEach(id -> Published.onTestBroker().product(id, 1));
        Published.onTestBroker().group(badGroup, 1);
        double before = setAsideCount(Topics.PRODUCTS);

        Instant at = Instant.now();
        BulkOperations bulk = mongo.bulkOps(BulkMode.ORDERED, Product.class);
        for (int i = 0; i < ids.size(); i++) {
            Update update = new Update().inc("version", 1L).set("pending", true).set("updatedAt", at.plusMillis(i));
            if (i == 1 || i == 2) {
                update.set("weightGrams", 0L); // the snapshot's contract refuses it
            }
            if (i == 3) {
                update.set("description", "ikat ".repeat(300_000)); // 1.5 MB: over Kafka's record limit
            }
            bulk.updateOne(query(where("_id").is(ids.get(i))), update);
        }
        bulk.execute();
        mongo.updateFirst(query(where("_id").is(badGroup)),
                new Update().set("name", " ").inc("version", 1L).set("pending", true), Group.class);
        mongo.updateFirst(query(where("_id").is(goodGroup)),
                new Update().set("name", "Kelompok Tenun Nita Lama").inc("version", 1L).set("pending", true),
                Group.class);

        Published.onTestBroker().product(ids.get(0), 2);
        Published.onTestBroker().product(ids.get(4), 2);
        assertThat(Published.onTestBroker().group(goodGroup, 2).group().name()).isEqualTo("Kelompok Tenun Nita Lama");
        Eventually.holds(() -> setAside.all().size() == 4, "four documents set aside");
        assertThat(setAside.all()).extracting(Entry::id, Entry::version)
                .containsExactlyInAnyOrder(tuple(badGroup, 2L),
                        tuple(ids.get(1), 2L),
                        tuple(ids.get(2), 2L),
                        tuple(ids.get(3), 2L));
        assertThat(reason(ids.get(1))).contains("IllegalArgumentException").contains("weightGrams");
        assertThat(reason(ids.get(3))).contains("RecordTooLargeException");
        assertThat(reason(badGroup)).contains("GroupSnapshot.name");
        assertThat(setAsideCount(Topics.PRODUCTS)).isEqualTo(before + 3);
        Reply health = api.get(TestTokens.staff(), "/actuator/health");
        assertThat(health.json().path("components").path("outbox").path("details").path("setAside").toString())
                .contains(ids.get(1), ids.get(3), badGroup, "RecordTooLargeException");
        assertThat(api.get(TestTokens.groupMember(goodGroup), "/actuator/health").json().path("components")
                .path("outbox").has("details")).as("details for staff only").isFalse();
        assertThat(ids.subList(1, 4)).allSatisfy(id -> assertThat(products.byId(id).orElseThrow().pending()).isTrue());
        assertThat(Published.onTestBroker().products(ids.get(1))).extracting(e -> e.version()).containsOnly(1L);

        mongo.updateFirst(query(where("_id").is(ids.get(1))),
                new Update().set("weightGrams", 800L).inc("version", 1L).set("pending", true), Product.class);
        outbox.changed();

        assertThat(Published.onTestBroker().product(ids.get(1), 3).product().weightGrams()).isEqualTo(800);
        Eventually.holds(() -> setAside.all().stream().noneMatch(e -> e.id().equals(ids.get(1))),
                "the mended product no longer set aside");
        assertThat(setAside.all()).hasSize(3);
    }

    private String reason(String id) {
        return setAside.all().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().reason();
    }

    private double setAsideCount(String topic) {
        Counter counter = meters.find(SetAside.METRIC).tag("topic", topic).counter();
        return counter == null ? 0 : counter.count();
    }
}
