package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoNodeIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void findsADocumentWrittenBeforeARestartOnTheSameFile() {
        Path file = dataDir.resolve("mongo").resolve("tenun.mv.db");
        int port = LocalStackSettings.freePort();

        try (MongoNode mongo = new MongoNode(file, port).start();
                MongoClient client = MongoClients.create(mongo.uri())) {
            products(client).insertOne(new Document("_id", "p-1").append("name", "Tenun ikat Sumba")
                    .append("priceRupiah", 750_000L));
        }

        try (MongoNode mongo = new MongoNode(file, port).start();
                MongoClient client = MongoClients.create(mongo.uri())) {
            Document found = products(client).find(Filters.eq("_id", "p-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Tenun ikat Sumba");
            assertThat(found.getLong("priceRupiah")).isEqualTo(750_000L);
        }
    }

    private static MongoCollection<Document> products(MongoClient client) {
        return client.getDatabase("tenun_catalog").getCollection("products");
    }
}
