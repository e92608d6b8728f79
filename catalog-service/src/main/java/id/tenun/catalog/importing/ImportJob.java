package id.tenun.catalog.importing;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A product import as it runs: progress (rows done of total) and the rows refused, each with why. */
@Document("imports")
public record ImportJob(@Id String id, String by, String fileName, Status status, int total, int done, int created,
        int refused, List<RowError> errors, Instant createdAt, Instant finishedAt) {

    public enum Status {
        RUNNING, DONE, FAILED
    }

    /** One refused row: its number in the file (header = row 1), the field, and why in both languages. */
    public record RowError(int row, String field, String id, String en) {
    }
}
