package id.tenun.localstack;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** A photo as a phone's camera would give one: a JPEG file on disk, for a browser's file field. */
final class TestPhotos {

    private TestPhotos() {
    }

    static Path jpeg(Path file) throws IOException {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x6f, 0x4e, 0x37));
        graphics.fillRect(0, 0, 1600, 1200);
        graphics.setColor(new Color(0xe8, 0xd3, 0xb0));
        graphics.fillOval(400, 250, 800, 700);
        graphics.dispose();
        ImageIO.write(image, "jpg", file.toFile());
        return file.toAbsolutePath();
    }
}
