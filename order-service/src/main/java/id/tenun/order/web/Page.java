package id.tenun.order.web;

import java.util.List;

/** A page of a list; {@code total} is null where counting would cost more than it tells. */
public record Page<T>(List<T> items, int page, int size, Long total) {
}
