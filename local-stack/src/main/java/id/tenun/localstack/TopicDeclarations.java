package id.tenun.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import id.tenun.events.TopicSpec;
import id.tenun.events.Topics;

/**
 * Creates the Tenun topics that a broker does not have yet, each as {@link Topics} declares it (partitions,
 * compaction or retention), with the broker's default replication. Existing topics are left as they are.
 */
final class TopicDeclarations {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TopicDeclarations() {
    }

    /** Declares every topic and its dead-letter topic; returns the names of those it created. */
    static List<String> declare(String bootstrapServers) {
        return declare(bootstrapServers, Topics.allWithDeadLetters());
    }

    static List<String> declare(String bootstrapServers, List<TopicSpec> specs) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "tenun-local-stack",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = specs.stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    .map(TopicDeclarations::newTopic)
                    .toList();
            if (!missing.isEmpty()) {
                createAll(admin, missing);
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new LocalStackException("Cannot declare the Tenun topics on Kafka at " + bootstrapServers + ": "
                    + KafkaNode.rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while declaring the Tenun topics", e);
        }
    }

    static NewTopic newTopic(TopicSpec spec) {
        return new NewTopic(spec.name(), Optional.of(spec.partitions()), Optional.empty()).configs(spec.configs());
    }

    private static void createAll(Admin admin, List<NewTopic> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        for (var created : admin.createTopics(topics).values().values()) {
            try {
                created.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                // a service that started first may have declared it already: that is what we wanted
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
