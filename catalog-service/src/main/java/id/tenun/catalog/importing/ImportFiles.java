package id.tenun.catalog.importing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The uploaded files of running imports, kept so that an import a crash interrupted can be resumed; in pieces of
 * 1 MB (a MongoDB document holds at most 16 MB), removed when the import ends.
 */
@Component
class ImportFiles {

    private static final String COLLECTION = "importFiles";
    private static final int PIECE = 1 << 20;

    private final MongoTemplate mongo;

    ImportFiles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void keep(String jobId, byte[] content) {
        List<Document> pieces = new ArrayList<>();
        for (int n = 0, from = 0; from < content.length || n == 0; n++, from += PIECE) {
            byte[] piece = Arrays.copyOfRange(content, from, Math.min(content.length, from + PIECE));
            pieces.add(new Document("_id", jobId + ":" + n).append("job", jobId).append("n", n).append("data", piece));
        }
        mongo.insert(pieces, COLLECTION);
    }

    Optional<byte[]> content(String jobId) {
        List<Document> pieces = mongo.find(query(where("job").is(jobId)).with(Sort.by("n")), Document.class,
                COLLECTION);
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (Document piece : pieces) {
            Object data = piece.get("data");
            content.writeBytes(data instanceof Binary binary ? binary.getData() : (byte[]) data);
        }
        return Optional.of(content.toByteArray());
    }

    void forget(String jobId) {
        mongo.remove(query(where("job").is(jobId)), COLLECTION);
    }
}
