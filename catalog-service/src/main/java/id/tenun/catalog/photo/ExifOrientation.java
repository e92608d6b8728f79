package id.tenun.catalog.photo;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The EXIF orientation a phone camera writes into a JPEG instead of turning the pixels (tag 0x0112, 1 to 8), read
 * from the first APP1 segment's first IFD, and applied so that the copies stand the way the photo was taken.
 */
final class ExifOrientation {

    private static final int NORMAL = 1;

    private ExifOrientation() {
    }

    /** The orientation of a JPEG, {@code 1} when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        try {
            return read(ByteBuffer.wrap(jpeg));
        } catch (RuntimeException malformed) {
            return NORMAL;
        }
    }

    private static int read(ByteBuffer in) {
        int at = 2;
        while (at + 4 <= in.limit() && (in.get(at) & 0xff) == 0xff) {
            int marker = in.get(at + 1) & 0xff;
            int length = in.getShort(at + 2) & 0xffff;
            if (marker == 0xda) {
                return NORMAL;
            }
            if (marker == 0xe1 && length > 14 && new String(in.array(), at + 4, 6, StandardCharsets.US_ASCII)
                    .equals("Exif\0\0")) {
                return inTiff(in.slice(at + 10, length - 8));
            }
            at += 2 + length;
        }
        return NORMAL;
    }

    private static int inTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xffff;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if ((tiff.getShort(entry) & 0xffff) == 0x0112) {
                int value = tiff.getShort(entry + 8) & 0xffff;
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    /** The image turned and mirrored as {@code orientation} says; the same image for {@code 1}. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage turned = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return turned;
    }
}
