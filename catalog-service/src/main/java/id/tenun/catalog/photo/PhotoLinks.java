package id.tenun.catalog.photo;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The public URLs of uploaded photos, {@code <public-base-url>/photos/<id>/<size>.jpg}, and the test that a
 * product's photo URL names one of them, which needs no public-address check: it is the catalog's own.
 */
@Component
public class PhotoLinks {

    private static final Pattern PATH = Pattern.compile("(pht-[0-9a-f]{32})/(large|medium|thumb)\\.jpg");

    private final String prefix;
    private final Photos photos;

    PhotoLinks(PhotoSettings settings, Photos photos) {
        String base = settings.publicBaseUrl().toString();
        this.prefix = (base.endsWith("/") ? base : base + "/") + "photos/";
        this.photos = photos;
    }

    public String url(String photoId, PhotoSize size) {
        return prefix + photoId + "/" + size.urlName() + ".jpg";
    }

    /** Whether the URL is that of a photo uploaded here and stored completely. */
    public boolean isOwnPhoto(String url) {
        if (url == null || !url.startsWith(prefix)) {
            return false;
        }
        Matcher path = PATH.matcher(url.substring(prefix.length()));
        return path.matches() && photos.exists(path.group(1));
    }

    static String newId() {
        return "pht-" + UUID.randomUUID().toString().replace("-", "");
    }
}
