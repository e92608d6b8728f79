package id.tenun.catalog.importing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;

import id.tenun.catalog.group.Group;
import id.tenun.catalog.group.Groups;
import id.tenun.catalog.importing.ImportJob.RowError;
import id.tenun.catalog.product.ProductRegistration;
import id.tenun.catalog.product.ProductRegistration.NewProduct;
import id.tenun.catalog.product.ProductRegistration.Outcome;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.NotFound;
import id.tenun.support.security.CurrentUser;

/**
 * Imports products from a CSV or XLSX file as a job: each row is checked like an API call and becomes one
 * product (one document, so a row is in or out); a refused row is reported with why. Rows go in batches (one SKU
 * block, one insert, one progress write each). Row products get a stable id from the job and row, so a row done
 * twice is created once: a job a crashed instance left RUNNING is resumed from its last progress, from the file
 * kept until the job ends.
 */
@Service
@EnableConfigurationProperties(ImportSettings.class)
public class ProductImports implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ProductImports.class);
    private static final int MAX_ROWS = 20_000;

    private final MongoTemplate mongo;
    private final ProductRegistration registration;
    private final Groups groups;
    private final ImportFiles files;
    private final ImportSettings settings;
    private final Clock clock;
    private final String instance = "inst-" + UUID.randomUUID();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "product-import");
        thread.setDaemon(true);
        return thread;
    });

    ProductImports(MongoTemplate mongo, ProductRegistration registration, Groups groups,
            ImportFiles files, ImportSettings settings, Clock clock) {
        this.mongo = mongo;
        this.registration = registration;
        this.groups = groups;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    public ImportJob start(String fileName, byte[] content, CurrentUser user) {
        List<String[]> rows = ImportRows.read(fileName, content);
        ImportJob job = accept(fileName, content, rows, user);
        runner.submit(() -> run(job.id(), rows));
        return job;
    }

    /** Checks the file's shape, keeps it and records the job as this instance's, without running it yet. */
    ImportJob accept(String fileName, byte[] content, List<String[]> rows, CurrentUser user) {
        if (rows.isEmpty() || !Arrays.asList(rows.get(0)).containsAll(List.of("name", "categoryCode"))) {
            throw InvalidInput.of("file", "Baris pertama harus judul kolom seperti di templat.",
                    "The first row must be the column headings, as in the template.");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw InvalidInput.of("file", "Paling banyak " + MAX_ROWS + " baris per berkas.",
                    "At most " + MAX_ROWS + " rows per file.");
        }
        Instant now = clock.instant();
        ImportJob job = new ImportJob("imp-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
                user.subject(), fileName, ImportJob.Status.RUNNING, rows.size() - 1, 0, 0, 0, List.of(), now, null,
                user, instance, now);
        files.keep(job.id(), content);
        mongo.insert(job);
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

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::resumeAbandoned, settings.resumeCheck(), Duration.ZERO));
    }

    /**
     * Takes over the jobs whose instance stopped writing heartbeats (it crashed) and resumes each from its last
     * progress; a job whose file is gone fails with a clear reason. Right after start-up and every
     * {@code resumeCheck}; a job is taken by one instance only (a conditional write on the heartbeat read).
     *
     * @return how many jobs this call took over
     */
    public int resumeAbandoned() {
        Instant stale = clock.instant().minus(settings.lease());
        List<ImportJob> abandoned = mongo.find(query(where("status").is(ImportJob.Status.RUNNING)
                .orOperator(where("heartbeatAt").lt(stale), where("heartbeatAt").exists(false))), ImportJob.class);
        int taken = 0;
        for (ImportJob job : abandoned) {
            ImportJob claimed = mongo.findAndModify(query(where("_id").is(job.id())
                    .and("status").is(ImportJob.Status.RUNNING).and("owner").is(job.owner())
                    .and("heartbeatAt").is(job.heartbeatAt())),
                    new Update().set("owner", instance).set("heartbeatAt", clock.instant()),
                    FindAndModifyOptions.options().returnNew(true), ImportJob.class);
            if (claimed == null) {
                continue;
            }
            taken++;
            Optional<byte[]> content = files.content(job.id());
            if (content.isEmpty() || claimed.user() == null) {
                log.warn("Import {} was left running by a crashed instance and its file is gone: failed", job.id());
                List<RowError> errors = new ArrayList<>(claimed.errors());
                errors.add(new RowError(0, "file", "Impor terhenti dan berkasnya tidak tersimpan; unggah ulang "
                        + "baris setelah baris " + (claimed.done() + 1) + ".",
                        "The import stopped and its file is not "
                                + "kept; upload the rows after row " + (claimed.done() + 1) + " again."));
                end(claimed.id(), ImportJob.Status.FAILED, errors);
                continue;
            }
            log.info("Resuming import {} after row {} of {}", job.id(), claimed.done() + 1, claimed.total() + 1);
            List<String[]> rows = ImportRows.read(claimed.fileName(), content.get());
            runner.submit(() -> run(claimed.id(), rows));
        }
        return taken;
    }

    private void run(String id, List<String[]> rows) {
        try {
            if (runUntil(id, rows, rows.size() - 1)) {
                end(id, ImportJob.Status.DONE, null);
            }
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            end(id, ImportJob.Status.FAILED, null);
        }
    }

    /**
     * Runs the job's rows after its last progress up to {@code last} (a data row's index, 1 = the row after the
     * heading), batch by batch, each batch ending with a progress write that is also the heartbeat.
     *
     * @return false when the job is not (or no longer) this instance's: another one took it over
     */
    boolean runUntil(String id, List<String[]> rows, int last) {
        ImportJob job = heartbeat(id, new Update());
        if (job == null) {
            return false;
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] header = rows.get(0);
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].strip(), i);
        }
        Map<String, Optional<Group>> groupCache = new HashMap<>();
        List<RowError> errors = new ArrayList<>(job.errors());
        int created = job.created();
        for (int from = job.done() + 1; from <= last; from += settings.batchSize()) {
            int to = Math.min(last, from + settings.batchSize() - 1);
            Map<Integer, List<RowError>> refused = new TreeMap<>();
            List<NewProduct> batch = new ArrayList<>();
            List<Integer> batchRows = new ArrayList<>();
            for (int r = from; r <= to; r++) {
                ImportRow row = new ImportRow(rows.get(r), columns);
                try {
                    Group group = group(row, groupCache, job.user());
                    batch.add(new NewProduct(row.details(group.id()), group, job.by(), rowProductId(id, r)));
                    batchRows.add(r);
                } catch (InvalidInput e) {
                    refused.put(r, rowErrors(r, e));
                }
            }
            List<Outcome> outcomes = registration.createAll(batch);
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).refused() != null) {
                    refused.put(batchRows.get(i), rowErrors(batchRows.get(i), outcomes.get(i).refused()));
                } else {
                    created++;
                }
            }
            refused.values().forEach(errors::addAll);
            Update progress = new Update().set("done", to).set("created", created)
                    .set("refused", (int) errors.stream().map(RowError::row).distinct().count()).set("errors", errors);
            if (heartbeat(id, progress) == null) {
                log.info("Import {} was taken over by another instance; stopping here", id);
                return false;
            }
        }
        return true;
    }

    /** The id of the product a row makes: the same each time the row is done. */
    static String rowProductId(String jobId, int row) {
        return "prd-" + jobId.substring(4) + "-" + row;
    }

    /** Writes the heartbeat (and {@code update}) if the job is still this instance's and running; else null. */
    private ImportJob heartbeat(String id, Update update) {
        return mongo.findAndModify(query(where("_id").is(id).and("owner").is(instance)
                .and("status").is(ImportJob.Status.RUNNING)), update.set("heartbeatAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), ImportJob.class);
    }

    private void end(String id, ImportJob.Status status, List<RowError> errors) {
        Update update = new Update().set("status", status).set("finishedAt", clock.instant());
        if (errors != null) {
            update.set("errors", errors);
        }
        if (mongo.updateFirst(query(where("_id").is(id).and("owner").is(instance)), update, ImportJob.class)
                .getModifiedCount() == 1) {
            files.forget(id);
        }
    }

    private static List<RowError> rowErrors(int r, InvalidInput e) {
        return e.violations().stream().map(v -> new RowError(r + 1, v.field(), v.id(), v.en())).toList();
    }

    private Group group(ImportRow row, Map<String, Optional<Group>> cache, CurrentUser user) {
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
        }).filter(g -> user.mayActFor(g.id()));
        return group.orElseThrow(() -> InvalidInput.of(id != null ? "groupId" : "groupName",
                "Kelompok tidak ditemukan (isi groupId, atau groupName dan villageCode).",
                "Group not found (give groupId, or groupName and villageCode)."));
    }

    private static String quote(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
