package id.tenun.catalog.product;

import java.time.Instant;
import java.util.List;

/** Who changed a product, when, to which version, and what: one entry per change, kept on the product. */
public record HistoryEntry(long version, Instant at, String by, String action, List<FieldChange> changes) {

    public HistoryEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** One field's value before and after, as text. */
    public record FieldChange(String field, String from, String to) {
    }
}
