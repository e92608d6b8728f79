package id.tenun.catalog.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import id.tenun.catalog.photo.PhotoRefused.Reason;

/**
 * Makes the JPEG copies of an uploaded photo ({@link PhotoSize}): decoded with ImageIO (WebP through the
 * TwelveMonkeys reader), a very large photo read subsampled, turned upright by its EXIF orientation, transparent
 * parts on white, scaled down in halving steps so that fine patterns (a woven cloth) do not shimmer.
 */
final class PhotoCopies {

    private static final float QUALITY = 0.85f;

    static {
        // The WebP reader comes from a jar of its own: make sure ImageIO has seen it whatever the class loader.
        ImageIO.scanForPlugins();
    }

    private PhotoCopies() {
    }

    /** Every size of the photo, largest first; refused when it is not a readable JPEG, PNG or WebP. */
    static List<PhotoCopy> of(byte[] content, long maxPixels) {
        PhotoFormat format = PhotoFormat.of(content).orElseThrow(() -> new PhotoRefused(Reason.UNSUPPORTED,
                "Berkas ini bukan foto JPEG, PNG atau WebP.", "This file is not a JPEG, PNG or WebP photo."));
        BufferedImage image = decode(content, format, maxPixels);
        if (format == PhotoFormat.JPEG) {
            image = ExifOrientation.apply(image, ExifOrientation.of(content));
        }
        List<PhotoCopy> copies = new ArrayList<>();
        for (PhotoSize size : PhotoSize.values()) {
            image = scaled(image, size.longestSide());
            copies.add(new PhotoCopy(size, jpeg(image), image.getWidth(), image.getHeight()));
        }
        return copies;
    }

    private static BufferedImage decode(byte[] content, PhotoFormat format, long maxPixels) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > maxPixels) {
                throw new PhotoRefused(Reason.UNREADABLE, "Foto terlalu besar ukurannya (" + width + "×" + height
                        + " piksel); kecilkan dulu.",
                        "The photo has too many pixels (" + width + "×" + height
                                + "); make it smaller first.");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / (2 * PhotoSize.LARGE.longestSide()));
            param.setSourceSubsampling(step, step, 0, 0);
            return onWhite(reader.read(0, param));
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoRefused refused) {
                throw refused;
            }
            throw new PhotoRefused(Reason.UNREADABLE, "Foto tidak bisa dibaca; berkasnya mungkin rusak.",
                    "The photo cannot be read; the file may be damaged.");
        } finally {
            reader.dispose();
        }
    }

    /** An RGB copy, transparent parts on white, so that every later step works on one kind of image. */
    private static BufferedImage onWhite(BufferedImage decoded) {
        BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(decoded, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static BufferedImage scaled(BufferedImage image, int longestSide) {
        BufferedImage current = image;
        int longest = Math.max(current.getWidth(), current.getHeight());
        while (longest > longestSide) {
            double factor = Math.max(0.5, (double) longestSide / longest);
            int width = Math.max(1, (int) Math.round(current.getWidth() * factor));
            int height = Math.max(1, (int) Math.round(current.getHeight() * factor));
            BufferedImage smaller = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = smaller.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            current = smaller;
            longest = Math.max(width, height);
        }
        return current;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
