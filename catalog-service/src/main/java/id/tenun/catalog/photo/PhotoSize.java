package id.tenun.catalog.photo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The JPEG copies made of every uploaded photo, by the longest side they fit in (a smaller photo is not enlarged). */
public enum PhotoSize {

    /** For the marketplaces, which ask for at least 500 px and show up to about 1200 px. */
    LARGE(1200),
    /** For phones: the product page in the console. */
    MEDIUM(480),
    /** For lists. */
    THUMB(160);

    private final int longestSide;

    PhotoSize(int longestSide) {
        this.longestSide = longestSide;
    }

    public int longestSide() {
        return longestSide;
    }

    /** The name in the photo's URL: {@code large}, {@code medium}, {@code thumb}. */
    public String urlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PhotoSize> byUrlName(String name) {
        return Arrays.stream(values()).filter(size -> size.urlName().equals(name)).findFirst();
    }
}
