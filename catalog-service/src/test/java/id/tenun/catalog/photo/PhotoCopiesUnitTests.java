package id.tenun.catalog.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.tenun.catalog.photo.PhotoRefused.Reason;

class PhotoCopiesUnitTests {

    private static final long MAX_PIXELS = 100_000_000L;

    @Test
    void makesEachSizeOfAJpegWithoutEnlargingASmallOne() {
        assertThat(sizes(PhotoCopies.of(TestPhotos.jpeg(2400, 1600), MAX_PIXELS)))
                .containsExactly("1200x800", "480x320", "160x107");
        assertThat(sizes(PhotoCopies.of(TestPhotos.jpeg(300, 200), MAX_PIXELS)))
                .containsExactly("300x200", "300x200", "160x107");
    }

    @Test
    void readsPngAndWebpAndWritesJpegCopies() {
        List<PhotoCopy> png = PhotoCopies.of(TestPhotos.png(600, 300), MAX_PIXELS);
        assertThat(sizes(png)).containsExactly("600x300", "480x240", "160x80");
        List<PhotoCopy> webp = PhotoCopies.of(TestPhotos.webp(2000, 1000), MAX_PIXELS);
        assertThat(sizes(webp)).containsExactly("1200x600", "480x240", "160x80");
        assertThat(PhotoFormat.of(webp.get(0).jpeg())).contains(PhotoFormat.JPEG);
    }

    @Test
    void turnsAPhotoUprightByItsExifOrientation() {
        assertThat(sizes(PhotoCopies.of(TestPhotos.jpegWithOrientation(1800, 1200, 6), MAX_PIXELS)))
                .containsExactly("800x1200", "320x480", "107x160");
        assertThat(sizes(PhotoCopies.of(TestPhotos.jpegWithOrientation(1800, 1200, 3), MAX_PIXELS)))
                .containsExactly("1200x800", "480x320", "160x107");
    }

    @Test
    void refusesATextFileWhateverItIsCalledAndADamagedPhoto() {
        assertThatThrownBy(() -> PhotoCopies.of("bukan foto".getBytes(StandardCharsets.UTF_8), MAX_PIXELS))
                .isInstanceOfSatisfying(PhotoRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED));
        byte[] cut = Arrays.copyOf(TestPhotos.png(600, 300), 40);
        assertThatThrownBy(() -> PhotoCopies.of(cut, MAX_PIXELS))
                .isInstanceOfSatisfying(PhotoRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
    }

    @Test
    void refusesAPhotoOfMorePixelsThanAllowed() {
        assertThatThrownBy(() -> PhotoCopies.of(TestPhotos.webp(2000, 1000), 1_000_000))
                .isInstanceOfSatisfying(PhotoRefused.class, e -> assertThat(e.en()).contains("2000×1000"));
    }

    private static List<String> sizes(List<PhotoCopy> copies) {
        return copies.stream().map(copy -> {
            int[] read = TestPhotos.dimensions(copy.jpeg());
            assertThat(read).containsExactly(copy.width(), copy.height());
            return read[0] + "x" + read[1];
        }).toList();
    }
}
