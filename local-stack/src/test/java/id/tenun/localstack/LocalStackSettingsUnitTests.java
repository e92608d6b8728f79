package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalStackSettingsUnitTests {

    @Test
    void defaultsToTheDocumentedPortsAndStartsItsOwnInfrastructure() {
        LocalStackSettings settings = LocalStackSettings.from(name -> null);

        assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.consolePort()).isEqualTo(8080);
        assertThat(settings.catalogPort()).isEqualTo(8081);
        assertThat(settings.listingSyncPort()).isEqualTo(8082);
        assertThat(settings.orderPort()).isEqualTo(8083);
        assertThat(settings.sandboxPort()).isEqualTo(8090);
        assertThat(settings.startsKafka()).isTrue();
        assertThat(settings.startsMongo()).isTrue();
    }

    @Test
    void usesExternalKafkaAndMongoWhenTheirAddressesAreSet() {
        Map<String, String> environment = Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "MONGODB_URI", "mongodb://mongo:27017", "CATALOG_PORT", "9181", "TENUN_DATA_DIR", "/tmp/tenun");

        LocalStackSettings settings = LocalStackSettings.from(environment::get);

        assertThat(settings.startsKafka()).isFalse();
        assertThat(settings.startsMongo()).isFalse();
        assertThat(settings.externalKafka()).isEqualTo("kafka:9092");
        assertThat(settings.catalogPort()).isEqualTo(9181);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/tenun"));
        assertThat(Ports.of(settings)).extracting(Ports.Use::component).doesNotContain("Kafka", "MongoDB");
    }

    @Test
    void namesTheVariableOfAPortThatIsNotANumber() {
        assertThatThrownBy(() -> LocalStackSettings.from(Map.of("KAFKA_PORT", "ninety")::get))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("KAFKA_PORT");
    }

    @Test
    void namesTheComponentAndVariableOfAPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            LocalStackSettings settings = LocalStackSettings.from(
                    Map.of("CATALOG_PORT", Integer.toString(taken.getLocalPort()))::get);
            Ports.Use catalog = Ports.of(settings).stream().filter(use -> use.component().equals("catalog"))
                    .findFirst().orElseThrow();

            assertThatThrownBy(() -> Ports.requireFree(List.of(catalog)))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " (catalog) is in use")
                    .hasMessageContaining("CATALOG_PORT");
        }
    }
}
