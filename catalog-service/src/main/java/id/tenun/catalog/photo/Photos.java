package id.tenun.catalog.photo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored copies of uploaded photos, in GridFS ({@code fs.files} and {@code fs.chunks}), one file per copy
 * named {@code <photo>/<size>.jpg}, with the photo, group, size, dimensions and an ETag in its metadata. A photo
 * counts as there once its large copy is, which is stored last (copies come largest first).
 */
@Component
public class Photos {

    private static final String JPEG = "image/jpeg";

    private final GridFsTemplate gridFs;

    Photos(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    void store(String photoId, String groupId, String uploadedBy, List<PhotoCopy> copies) {
        for (int i = copies.size() - 1; i >= 0; i--) {
            PhotoCopy copy = copies.get(i);
            Document metadata = new Document("photo", photoId).append("group", groupId)
                    .append("size", copy.size().urlName()).append("width", copy.width())
                    .append("height", copy.height()).append("etag", etag(copy.jpeg()))
                    .append("uploadedBy", uploadedBy);
            gridFs.store(new ByteArrayInputStream(copy.jpeg()), fileName(photoId, copy.size()), JPEG, metadata);
        }
    }

    /** One copy of a photo, with its ETag; empty when there is no such photo. */
    public Optional<StoredCopy> copy(String photoId, PhotoSize size) {
        GridFSFile file = gridFs.findOne(query(where("filename").is(fileName(photoId, size))));
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = gridFs.getResource(file).getInputStream()) {
            return Optional.of(new StoredCopy(in.readAllBytes(), file.getMetadata().getString("etag")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read photo " + file.getFilename(), e);
        }
    }

    /** Whether the photo was uploaded completely. */
    public boolean exists(String photoId) {
        return gridFs.findOne(query(where("filename").is(fileName(photoId, PhotoSize.LARGE)))) != null;
    }

    private static String fileName(String photoId, PhotoSize size) {
        return photoId + "/" + size.urlName() + ".jpg";
    }

    private static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The bytes of a stored JPEG copy and its ETag (without quotes). */
    public record StoredCopy(byte[] jpeg, String etag) {
    }
}
