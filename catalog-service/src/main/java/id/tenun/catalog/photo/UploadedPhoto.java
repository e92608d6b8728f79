package id.tenun.catalog.photo;

import java.util.Map;

/**
 * A stored photo as the upload answers it: its id, its group, the public URL of each size (by {@code large},
 * {@code medium}, {@code thumb}) and the large copy's dimensions. A product names the large URL in
 * {@code imageUrls}.
 */
public record UploadedPhoto(String id, String groupId, Map<String, String> urls, int width, int height) {
}
