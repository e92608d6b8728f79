package id.tenun.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import id.tenun.testsupport.architecture.ServiceArchitecture;

/** The rules of every service ({@link ServiceArchitecture}), and the order service's own. */
class ArchitectureUnitTests extends ServiceArchitecture {

    ArchitectureUnitTests() {
        super("id.tenun.order");
    }

    /** The order and its lifecycle know no marketplace and no Kafka: intake and processing translate for them. */
    @Test
    void theOrderLifecycleKnowsNoMarketplaceAndNoKafka() {
        noClasses().that().resideInAPackage("id.tenun.order.lifecycle..")
                .should().dependOnClassesThat().resideInAnyPackage("id.tenun.marketplaces..",
                        "org.springframework.kafka..", "org.apache.kafka..")
                .check(classes());
    }

    /** The sales reports depend neither on the webhook intake nor on polling. */
    @Test
    void salesAreIndependentOfIntake() {
        noClasses().that().resideInAPackage("id.tenun.order.sales..")
                .should().dependOnClassesThat().resideInAnyPackage("id.tenun.order.webhook..",
                        "id.tenun.order.polling..")
                .check(classes());
    }
}
