package id.tenun.catalog.importing;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.support.security.CurrentUser;

/**
 * A product import as it runs: progress (rows done of total) and the rows refused, each with why. While it runs,
 * the instance that {@code owner} names writes {@code heartbeatAt} with each batch; a job whose heartbeat is older
 * than the lease was left by a crashed instance and is resumed by another (or the restarted one) from
 * {@code done}, as {@code user}, from the file kept until the job ends.
 */
@Document("imports")
public record ImportJob(@Id String id, String by, String fileName, Status status, int total, int done, int created,
        int refused, List<RowError> errors, Instant createdAt, Instant finishedAt, @JsonIgnore CurrentUser user,
        @JsonIgnore String owner, @JsonIgnore Instant heartbeatAt) {

    public enum Status {
        RUNNING, DONE, FAILED
    }

    /** One refused row: its number in the file (header = row 1), the field, and why in both languages. */
    public record RowError(int row, String field, String id, String en) {
    }
}
