package id.tenun.catalog.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.tenun.events.Topics;

/**
 * The documents the relay could not make into an event (a snapshot its contract refuses, a record Kafka refuses
 * for itself), set aside so that they never hold back the others. Each is logged with its reason, counted in
 * {@code tenun_records_set_aside_total{topic}} (once per version), shown in {@code tenun_outbox_set_aside{topic}}
 * and in the {@code outbox} health details, and tried again after {@code setAsideRetry}, doubled up to
 * {@code maxSetAsideRetry} — or at once when it changes, since a new version is not the one set aside. Kept in
 * memory: a restart tries each once more.
 */
@Component
public class SetAside {

    private static final Logger log = LoggerFactory.getLogger(SetAside.class);

    /** The counter's name (Prometheus: {@code tenun_records_set_aside_total}), beside the dead-letter one. */
    public static final String METRIC = "tenun.records.set.aside";

    /** The gauge of what is set aside now (Prometheus: {@code tenun_outbox_set_aside}). */
    public static final String NOW = "tenun.outbox.set.aside";

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final PublishingSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    SetAside(PublishingSettings settings, MeterRegistry meters, Clock clock) {
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
        for (String topic : List.of(Topics.GROUPS, Topics.PRODUCTS)) {
            Gauge.builder(NOW, entries, all -> all.keySet().stream().filter(key -> key.topic().equals(topic))
                    .count()).description("Documents set aside by the outbox relay now, by topic").tag("topic", topic)
                    .register(meters);
        }
    }

    /** Sets aside {@code version} of the document {@code id} of {@code topic}, because of {@code failure}. */
    public void add(String topic, String id, long version, Throwable failure) {
        Key key = new Key(topic, id);
        Instant now = clock.instant();
        String reason = reason(failure);
        Entry entry = entries.compute(key, (k, before) -> {
            int attempts = before == null || before.version() != version ? 1 : before.attempts() + 1;
            Instant since = attempts == 1 ? now : before.since();
            return new Entry(topic, id, version, reason, since, attempts, now.plus(wait(attempts)));
        });
        if (entry.attempts() == 1) {
            Counter.builder(METRIC).description("Document versions the outbox relay could not publish, by topic")
                    .tag("topic", topic).register(meters).increment();
            log.error("{} {} v{} cannot be published and is set aside (the others go on), trying again at {}: {}",
                    topic, id, version, entry.retryAt(), reason);
        } else {
            log.warn("{} {} v{} still cannot be published (attempt {}), trying again at {}: {}", topic, id, version,
                    entry.attempts(), entry.retryAt(), reason);
        }
    }

    /** The versions of {@code topic} not to try now, by id: set aside and not yet due again. */
    public Map<String, Long> holding(String topic) {
        Instant now = clock.instant();
        return entries.values().stream().filter(e -> e.topic().equals(topic) && e.retryAt().isAfter(now))
                .collect(Collectors.toMap(Entry::id, Entry::version));
    }

    /** These documents of {@code topic} were published: whatever was set aside of them is resolved. */
    public void published(String topic, Set<String> ids) {
        ids.forEach(id -> entries.remove(new Key(topic, id)));
    }

    /** Everything set aside now, oldest first. */
    public List<Entry> all() {
        return entries.values().stream().sorted(Comparator.comparing(Entry::since)).toList();
    }

    private Duration wait(int attempts) {
        Duration wait = settings.setAsideRetry();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxSetAsideRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxSetAsideRetry()) > 0 ? settings.maxSetAsideRetry() : wait;
    }

    /** The innermost cause's type and message: what refused the document, not the wrapping. */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private record Key(String topic, String id) {
    }

    /**
     * One document set aside: the version that failed, why, since when, how many attempts, and when it is tried
     * again (unless it changes before).
     */
    public record Entry(String topic, String id, long version, String reason, Instant since, int attempts,
            Instant retryAt) {
    }
}
