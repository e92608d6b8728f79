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

    /** The sales reports do not depend on the webhook intake. */
    @Test
    void salesAreIndependentOfIntake() {
        noClasses().that().resideInAPackage("id.tenun.order.sales..")
                .should().dependOnClassesThat().resideInAPackage("id.tenun.order.webhook..")
                .check(classes());
    }

    /**
     * Only the webhook intake (and the configuration that builds its verifiers) uses the marketplace adapters: the
     * order service makes no marketplace call, listing sync does and publishes what it read.
     */
    @Test
    void onlyTheWebhookIntakeUsesTheMarketplaces() {
        noClasses().that().resideInAPackage("id.tenun.order..")
                .and().resideOutsideOfPackages("id.tenun.order.webhook..", "id.tenun.order.marketplace..")
                .should().dependOnClassesThat().resideInAPackage("id.tenun.marketplaces..")
                .check(classes());
    }
}
