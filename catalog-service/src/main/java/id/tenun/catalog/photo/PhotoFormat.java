package id.tenun.catalog.photo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The photo formats accepted for upload, told apart by their first bytes, never by what the client claims. */
enum PhotoFormat {

    JPEG("jpeg"), PNG("png"), WEBP("webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String imageIoName;

    PhotoFormat(String imageIoName) {
        this.imageIoName = imageIoName;
    }

    /** The format name ImageIO's readers answer to. */
    String imageIoName() {
        return imageIoName;
    }

    static Optional<PhotoFormat> of(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (content.length >= PNG_SIGNATURE.length
                && Arrays.equals(content, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            return Optional.of(PNG);
        }
        if (content.length >= 12 && ascii(content, 0, 4).equals("RIFF") && ascii(content, 8, 12).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static String ascii(byte[] content, int from, int to) {
        return new String(content, from, to - from, StandardCharsets.US_ASCII);
    }
}
