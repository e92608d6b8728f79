package id.tenun.catalog.product;

/** A package's size in whole centimetres. */
public record Dimensions(Integer lengthCm, Integer widthCm, Integer heightCm) {
}
