package id.tenun.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "id.tenun.order", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTests {

    /** The domain and the use cases speak to Kafka only through ports; adapters live in kafka sub-packages. */
    @ArchTest
    static final ArchRule onlyKafkaAdaptersUseSpringKafka = noClasses()
        .that().resideOutsideOfPackages("..kafka..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..");

    /** No class reaches into a marketplace's own package: only the ports of id.tenun.marketplaces. */
    @ArchTest
    static final ArchRule noMarketplaceChannelPackages = noClasses()
        .should().dependOnClassesThat().resideInAnyPackage("id.tenun.marketplaces.tokopedia..",
                "id.tenun.marketplaces.shopee..", "id.tenun.marketplaces.lazada..", "id.tenun.marketplaces.http..");

    /** The order model (documents, lifecycle) knows no marketplace at all. */
    @ArchTest
    static final ArchRule orderModelKnowsNoMarketplace = classes()
        .that().haveSimpleName("Order").or().haveSimpleName("OrderStatus").or().haveSimpleName("OrderLine")
        .or().haveSimpleName("NewOrder").or().haveSimpleName("StatusChange").or().haveSimpleName("PendingEvent")
        .should().onlyDependOnClassesThat().resideOutsideOfPackages("id.tenun.marketplaces..", "org.springframework.kafka..");

    /** The sales reports do not depend on the web edge of orders, nor on intake. */
    @ArchTest
    static final ArchRule salesIndependentOfIntake = noClasses().that().resideInAPackage("..order.sales..")
        .should().dependOnClassesThat().resideInAnyPackage("..order.webhook..", "..order.polling..");

    /** The application class holds nothing else. */
    @ArchTest
    static final ArchRule applicationClassIsBare = classes().that().areAnnotatedWith(
            org.springframework.boot.autoconfigure.SpringBootApplication.class)
        .should().haveOnlyPrivateConstructors().orShould().haveSimpleName("OrderApplication");
}
