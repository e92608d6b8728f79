package id.tenun.support.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP when the Kafka cluster answers a describe-cluster call within the timeout. One admin client is kept for
 * the life of the service so that a health probe does not open a new connection each time.
 */
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final AdminClient admin;
    private final Duration timeout;

    KafkaHealthIndicator(Map<String, Object> adminProperties, Duration timeout) {
        super("Kafka is not reachable");
        Map<String, Object> properties = new HashMap<>(adminProperties);
        properties.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "tenun-health");
        this.admin = AdminClient.create(properties);
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster = admin.describeCluster(
                new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
        String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        int nodes = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
