package id.tenun.catalog.photo;

/** One JPEG copy of a photo at one size, with its dimensions in pixels. */
record PhotoCopy(PhotoSize size, byte[] jpeg, int width, int height) {
}
