package id.tenun.testsupport.fuzz;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.MongoDatabase;
import org.bson.RawBsonDocument;

/**
 * What a service has stored, for a fuzz state: per collection, how many documents and a digest of every one of them,
 * so that a refusal that edits a document in place shows as well as one that adds or removes one. A document's
 * digest is taken over its BSON bytes as stored; the collection's is their sum, so the order the server returns
 * them in does not matter.
 */
public final class CollectionDigests {

    private CollectionDigests() {
    }

    /** Each collection's {@code count:digest} now, by name. */
    public static Map<String, String> of(MongoDatabase database) {
        Map<String, String> digests = new TreeMap<>();
        MessageDigest sha256 = sha256();
        database.listCollectionNames().forEach(name -> {
            long count = 0;
            long sum = 0;
            for (RawBsonDocument document : database.getCollection(name, RawBsonDocument.class).find()) {
                ByteBuffer bytes = document.getByteBuffer().asNIO();
                sha256.update(bytes);
                sum += ByteBuffer.wrap(sha256.digest()).getLong();
                count++;
            }
            digests.put(name, count + ":" + Long.toHexString(sum));
        });
        return digests;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
