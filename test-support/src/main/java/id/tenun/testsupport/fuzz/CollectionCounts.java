package id.tenun.testsupport.fuzz;

import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.MongoDatabase;

/** The number of documents in each collection of a service's database: what it has stored, for a fuzz state. */
public final class CollectionCounts {

    private CollectionCounts() {
    }

    /** Each collection's document count now, by name. */
    public static Map<String, Long> of(MongoDatabase database) {
        Map<String, Long> counts = new TreeMap<>();
        database.listCollectionNames()
                .forEach(name -> counts.put(name, database.getCollection(name).estimatedDocumentCount()));
        return counts;
    }
}
