package id.tenun.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The rules every Tenun service keeps, as tests. A service's {@code ArchitectureUnitTests} extends this class
 * with its root package and adds the rules of its own features:
 *
 * <pre>{@code
 * class ArchitectureUnitTests extends ServiceArchitecture {
 *     ArchitectureUnitTests() {
 *         super("id.tenun.order");
 *     }
 * }
 * }</pre>
 */
public abstract class ServiceArchitecture {

    /** The channel ids of the marketplaces, as they would appear if a service's code named one. */
    static final List<String> CHANNEL_IDS = List.of("tokopedia", "shopee", "lazada");

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String rootPackage;

    protected ServiceArchitecture(String rootPackage) {
        this.rootPackage = rootPackage;
    }

    /** The service's main classes (tests excluded), imported once per root package. */
    protected final JavaClasses classes() {
        return IMPORTED.computeIfAbsent(rootPackage, root -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root));
    }

    /** Features talk to Kafka through their {@code kafka} edge only; the domain never imports a Kafka client. */
    @Test
    void keepsKafkaAtTheEdgeOfEachFeature() {
        noClasses().that().resideOutsideOfPackage("..kafka..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
                .check(classes());
    }

    /** A marketplace is reached through the ports of {@code id.tenun.marketplaces}, never its own package. */
    @Test
    void reachesMarketplacesOnlyThroughTheirPorts() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("id.tenun.marketplaces.tokopedia..",
                "id.tenun.marketplaces.shopee..", "id.tenun.marketplaces.lazada..")
                .check(classes());
    }

    /**
     * The features' domains may use each other, but never in a circle. Their edges ({@code web}, {@code kafka}
     * sub-packages) may reach into several features, as adapters do.
     */
    @Test
    void hasNoCyclesBetweenItsFeatures() {
        slices().matching(rootPackage + ".(*)").should().beFreeOfCycles().allowEmptyShould(true).check(classes());
    }

    /** The {@code @SpringBootApplication} class starts the service and holds nothing else. */
    @Test
    void keepsTheApplicationClassBare() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(SpringBootApplication.class)
                .should().haveName("main").check(classes());
        noFields().should().beDeclaredInClassesThat().areAnnotatedWith(SpringBootApplication.class)
                .allowEmptyShould(true).check(classes());
    }

    /**
     * What differs between marketplaces is known in {@code id.tenun.marketplaces}: a service's code names no
     * channel (configuration may).
     */
    @Test
    void namesNoMarketplaceChannelInItsCode() {
        assertThat(SourceFiles.under(Path.of("src/main/java")).linesContainingAnyLiteral(CHANNEL_IDS))
                .as("lines of main code naming a channel id")
                .isEmpty();
    }
}
