package id.tenun.testsupport.fuzz;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

import id.tenun.testsupport.TestInfrastructure;

/** The end offsets of a service's output topics on the shared test broker: what it has published, for a fuzz state. */
public final class TopicEndOffsets {

    private final Admin admin;
    private final Map<TopicPartition, OffsetSpec> partitions;

    /** The end offsets of every partition of {@code topics}. */
    public TopicEndOffsets(String... topics) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()));
        partitions = describe(topics).values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
    }

    private Map<String, TopicDescription> describe(String... topics) {
        try {
            return admin.describeTopics(List.of(topics)).allTopicNames().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot describe " + List.of(topics), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted describing " + List.of(topics), e);
        }
    }

    /** Each partition's end offset now, as {@code topic-partition → offset}. */
    public Map<String, Long> now() {
        Map<String, Long> offsets = new TreeMap<>();
        try {
            admin.listOffsets(partitions).all().get()
                    .forEach((partition, info) -> offsets.put(partition.toString(), info.offset()));
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the end offsets of " + partitions.keySet(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading end offsets", e);
        }
        return offsets;
    }
}
