package id.tenun.catalog.importing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import id.tenun.catalog.group.Group;
import id.tenun.catalog.group.GroupAccess;
import id.tenun.catalog.group.Groups;
import id.tenun.catalog.problems.InvalidInput;
import id.tenun.catalog.problems.NotFound;
import id.tenun.catalog.problems.Violation;
import id.tenun.catalog.product.Certification;
import id.tenun.catalog.product.Dimensions;
import id.tenun.catalog.product.ProductCatalog;
import id.tenun.catalog.product.ProductDetails;
import id.tenun.catalog.product.VariantInput;
import id.tenun.catalog.importing.ImportJob.RowError;
import id.tenun.events.product.ProductSnapshot.CertificationKind;
import id.tenun.support.security.CurrentUser;

/**
 * Imports products from a CSV or XLSX file as a job: each row is checked like an API call and becomes one
 * product (one document, so a row is in or out); a refused row is reported with why. Row products get a stable id
 * from the job and row, so a row done twice is created once.
 */
@Service
public class ProductImports {

    private static final Logger log = LoggerFactory.getLogger(ProductImports.class);
    private static final int MAX_ROWS = 20_000;
    private static final int PROGRESS_EVERY = 100;

    private final MongoTemplate mongo;
    private final ProductCatalog catalog;
    private final Groups groups;
    private final GroupAccess access;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "product-import");
        thread.setDaemon(true);
        return thread;
    });

    ProductImports(MongoTemplate mongo, ProductCatalog catalog, Groups groups, GroupAccess access) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.groups = groups;
        this.access = access;
    }

    public ImportJob start(String fileName, byte[] content, CurrentUser user) {
        List<String[]> rows = ImportRows.read(fileName, content);
        if (rows.isEmpty() || !Arrays.asList(rows.get(0)).containsAll(List.of("name", "categoryCode"))) {
            throw InvalidInput.of("file", "Baris pertama harus judul kolom seperti di templat.",
                    "The first row must be the column headings, as in the template.");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw InvalidInput.of("file", "Paling banyak " + MAX_ROWS + " baris per berkas.",
                    "At most " + MAX_ROWS + " rows per file.");
        }
        ImportJob job = new ImportJob("imp-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
                user.subject(), fileName, ImportJob.Status.RUNNING, rows.size() - 1, 0, 0, 0, List.of(),
                Instant.now(), null);
        mongo.insert(job);
        runner.submit(() -> run(job, rows, user));
        return job;
    }

    public ImportJob find(String id, CurrentUser user) {
        ImportJob job = mongo.findById(id, ImportJob.class);
        if (job == null || !(user.seesAllGroups() || job.by().equals(user.subject()))) {
            throw new NotFound("Import", id);
        }
        return job;
    }

    /** The refused rows as CSV: row, field, reason in Bahasa Indonesia, reason in English. */
    public String report(String id, CurrentUser user) {
        StringBuilder csv = new StringBuilder("row,field,alasan,reason\n");
        for (RowError error : find(id, user).errors()) {
            csv.append(error.row()).append(',').append(quote(error.field())).append(',').append(quote(error.id()))
                    .append(',').append(quote(error.en())).append('\n');
        }
        return csv.toString();
    }

    public String template() {
        return ImportRows.template();
    }

    private void run(ImportJob job, List<String[]> rows, CurrentUser user) {
        Map<String, Integer> columns = new HashMap<>();
        String[] header = rows.get(0);
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].strip(), i);
        }
        Map<String, Optional<Group>> groupCache = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        int created = 0;
        try {
            for (int r = 1; r < rows.size(); r++) {
                Row row = new Row(rows.get(r), columns);
                int rowNumber = r + 1;
                try {
                    Group group = group(row, groupCache, user);
                    catalog.create(details(row, group), group, user.subject(), "prd-" + job.id().substring(4) + "-" + r);
                    created++;
                } catch (InvalidInput e) {
                    for (Violation v : e.violations()) {
                        errors.add(new RowError(rowNumber, v.field(), v.id(), v.en()));
                    }
                } catch (DuplicateKeyException e) {
                    created++; // done before a restart: in once
                }
                if (r % PROGRESS_EVERY == 0 || r == rows.size() - 1) {
                    progress(job.id(), r, created, (int) errors.stream().map(RowError::row).distinct().count(),
                            r == rows.size() - 1 ? errors : null);
                }
            }
            mongo.updateFirst(query(where("_id").is(job.id())), new Update().set("status", ImportJob.Status.DONE)
                    .set("errors", errors).set("finishedAt", Instant.now()), ImportJob.class);
        } catch (RuntimeException e) {
            log.error("Import {} failed", job.id(), e);
            mongo.updateFirst(query(where("_id").is(job.id())), new Update().set("status", ImportJob.Status.FAILED)
                    .set("errors", errors).set("finishedAt", Instant.now()), ImportJob.class);
        }
    }

    private void progress(String id, int done, int created, int refused, List<RowError> errors) {
        Update update = new Update().set("done", done).set("created", created).set("refused", refused);
        if (errors != null) {
            update.set("errors", errors);
        }
        mongo.updateFirst(query(where("_id").is(id)), update, ImportJob.class);
    }

    private Group group(Row row, Map<String, Optional<Group>> cache, CurrentUser user) {
        String id = row.get("groupId");
        String key = id != null ? "id:" + id : "name:" + row.get("groupName") + "@" + row.get("villageCode");
        Optional<Group> group = cache.computeIfAbsent(key, k -> {
            if (id != null) {
                return groups.byId(id);
            }
            if (row.get("groupName") == null || row.get("villageCode") == null) {
                return Optional.empty();
            }
            List<Group> named = groups.named(row.get("groupName"), row.get("villageCode"));
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }).filter(g -> access.mayActFor(user, g));
        return group.orElseThrow(() -> InvalidInput.of(id != null ? "groupId" : "groupName",
                "Kelompok tidak ditemukan (isi groupId, atau groupName dan villageCode).",
                "Group not found (give groupId, or groupName and villageCode)."));
    }

    private static ProductDetails details(Row row, Group group) {
        List<InvalidInput> problems = new ArrayList<>();
        Long weight = row.number("weightGrams", problems);
        Long length = row.number("lengthCm", problems);
        Long width = row.number("widthCm", problems);
        Long height = row.number("heightCm", problems);
        Long minimumOrder = row.number("minimumOrder", problems);
        Long price = row.number("priceRupiah", problems);
        Long stock = row.number("stock", problems);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String pair : row.list("attributes")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                attributes.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            } else {
                problems.add(InvalidInput.of("attributes", "Tulis atribut sebagai nama=nilai;nama=nilai.",
                        "Write attributes as name=value;name=value."));
            }
        }
        List<Certification> certifications = new ArrayList<>();
        if (row.get("certificationKind") != null) {
            CertificationKind kind = null;
            try {
                kind = CertificationKind.valueOf(row.get("certificationKind").toUpperCase().replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(InvalidInput.of("certificationKind", "Jenis sertifikat: PIRT, BPOM_MD, BPOM_ML, HALAL, NIB, SNI.",
                        "Certification kind: PIRT, BPOM_MD, BPOM_ML, HALAL, NIB, SNI."));
            }
            LocalDate expires = null;
            if (row.get("certificationExpiresOn") != null) {
                try {
                    expires = LocalDate.parse(row.get("certificationExpiresOn"));
                } catch (DateTimeParseException e) {
                    problems.add(InvalidInput.of("certificationExpiresOn", "Tanggal ditulis TTTT-BB-HH.",
                            "Write dates as YYYY-MM-DD."));
                }
            }
            certifications.add(new Certification(kind, row.get("certificationNumber"), row.get("certificationIssuer"),
                    expires));
        }
        Boolean processed = row.get("processed") == null ? null
                : List.of("true", "ya", "yes", "1").contains(row.get("processed").toLowerCase());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream().flatMap(p -> p.violations().stream()).toList());
        }
        return new ProductDetails(group.id(), row.get("name"), row.get("description"), row.get("categoryCode"),
                row.get("channels") == null ? null : row.list("channels"), processed, row.get("rawMaterial"), weight,
                new Dimensions(toInt(length), toInt(width), toInt(height)), row.list("imageUrls"), toInt(minimumOrder),
                null, List.of(new VariantInput(null, attributes, price, stock)), certifications);
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static String quote(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private record Row(String[] cells, Map<String, Integer> columns) {

        String get(String column) {
            Integer at = columns.get(column);
            if (at == null || at >= cells.length || cells[at] == null || cells[at].isBlank()) {
                return null;
            }
            return cells[at].strip();
        }

        List<String> list(String column) {
            String value = get(column);
            return value == null ? List.of()
                    : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        Long number(String column, List<InvalidInput> problems) {
            String value = get(column);
            if (value == null) {
                return null;
            }
            try {
                return Long.parseLong(value.replace(".", "").replace("_", ""));
            } catch (NumberFormatException e) {
                problems.add(InvalidInput.of(column, "Harus bilangan bulat, mis. 85000.",
                        "Must be a whole number, e.g. 85000."));
                return null;
            }
        }
    }
}
