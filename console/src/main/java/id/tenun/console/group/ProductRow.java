package id.tenun.console.group;

import java.util.List;

import id.tenun.console.services.CatalogAnswers.Product;

/** A product with its badge on every marketplace, as the product list and Beranda show it. */
public record ProductRow(Product product, List<ChannelBadge> badges) {
}
