package id.tenun.catalog.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Photos made in the test: JPEG and PNG by ImageIO, WebP as a one-colour lossless (VP8L) file written by hand. */
public final class TestPhotos {

    private TestPhotos() {
    }

    public static byte[] jpeg(int width, int height) {
        return written(drawn(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG with a transparent half, which the copies show on white. */
    public static byte[] png(int width, int height) {
        return written(drawn(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A JPEG whose EXIF says how to turn it ({@code 6}: a quarter turn clockwise, as a phone held upright). */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        ByteBuffer app1 = ByteBuffer.allocate(2 + 2 + 6 + 26).order(ByteOrder.BIG_ENDIAN);
        app1.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + 26));
        app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        app1.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        app1.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0).putInt(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(app1.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * A lossless WebP of one colour: the VP8L header, no transforms, no colour cache, and five prefix codes of one
     * symbol each (green, red, blue, alpha, distance), so that every pixel takes no bits at all.
     */
    public static byte[] webp(int width, int height) {
        Bits bits = new Bits();
        bits.put(0x2f, 8).put(width - 1, 14).put(height - 1, 14).put(0, 1).put(0, 3);
        bits.put(0, 1).put(0, 1).put(0, 1);
        for (int value : new int[]{0x80, 0x30, 0x20, 0xff}) {
            bits.put(1, 1).put(0, 1).put(1, 1).put(value, 8);
        }
        bits.put(1, 1).put(0, 1).put(0, 1).put(0, 1);
        // Eight more zero bytes: the TwelveMonkeys reader fills its bit buffer a long at a time.
        byte[] payload = Arrays.copyOf(bits.bytes(), bits.bytes().length + 8);
        int padded = payload.length + (payload.length & 1);
        ByteBuffer riff = ByteBuffer.allocate(12 + 8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 8 + padded);
        riff.put("WEBP".getBytes(StandardCharsets.US_ASCII)).put("VP8L".getBytes(StandardCharsets.US_ASCII));
        riff.putInt(payload.length).put(payload);
        return riff.array();
    }

    /** The width and height of an image file. */
    public static int[] dimensions(byte[] image) {
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
            return new int[]{read.getWidth(), read.getHeight()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage drawn(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(150, 60, 30));
        g.fillRect(0, 0, width, height / 2);
        g.setColor(new Color(20, 90, 160));
        g.fillRect(0, height / 2, width / 2, height - height / 2);
        g.dispose();
        return image;
    }

    private static byte[] written(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Bits written least significant first, as VP8L reads them. */
    private static final class Bits {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        Bits put(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= ((value >>> i) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
            return this;
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(current);
            }
            return out.toByteArray();
        }
    }
}
