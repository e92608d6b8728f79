package id.tenun.testsupport.fuzz;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A digest sees an edit in place, not only a document more or less, and not the order documents come in. */
class CollectionDigestsUnitTests {

    final MongoServer server = new MongoServer(new MemoryBackend());
    final MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    final MongoDatabase database = client.getDatabase("digests");

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void changesWithAnEditInPlaceAndNotWithTheOrderOfDocuments() {
        MongoCollection<Document> products = database.getCollection("products");
        products.insertMany(List.of(new Document("_id", "prd-1").append("stock", 5),
                new Document("_id", "prd-2").append("stock", 7)));
        Map<String, String> before = CollectionDigests.of(database);

        products.updateOne(eq("_id", "prd-2"), set("stock", 8));
        Map<String, String> edited = CollectionDigests.of(database);
        assertThat(edited.get("products")).startsWith("2:").isNotEqualTo(before.get("products"));

        products.updateOne(eq("_id", "prd-2"), set("stock", 7));
        assertThat(CollectionDigests.of(database)).isEqualTo(before);

        MongoCollection<Document> reversed = database.getCollection("reversed");
        reversed.insertMany(List.of(new Document("_id", "prd-2").append("stock", 7),
                new Document("_id", "prd-1").append("stock", 5)));
        assertThat(CollectionDigests.of(database).get("reversed")).isEqualTo(before.get("products"));
    }
}
