package id.tenun.listing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import id.tenun.marketplaces.Channel;
import id.tenun.testsupport.architecture.ServiceArchitecture;

/** The rules of every service ({@link ServiceArchitecture}), and listing sync's own. */
class ArchitectureUnitTests extends ServiceArchitecture {

    ArchitectureUnitTests() {
        super("id.tenun.listing");
    }

    @Test
    void theListingStateKnowsNeitherKafkaNorAnyMarketplace() {
        noClasses().that().resideInAPackage("id.tenun.listing.state")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..",
                        "id.tenun.marketplaces..", "io.github.resilience4j..")
                .check(classes());
    }

    /** Marketplace calls are made by the shop's guarded clients, for sync, reconciliation and token renewal. */
    @Test
    void onlyTheShopCallersTalkToMarketplaces() {
        // which channels exist (Channel) is knowledge, not talk: connecting a shop checks it
        noClasses().that().resideOutsideOfPackages("id.tenun.listing.sync..", "id.tenun.listing.reconcile..",
                "id.tenun.listing.shop..", "id.tenun.listing.token..", "id.tenun.listing.order..")
                .should()
                .dependOnClassesThat(resideInAPackage("id.tenun.marketplaces..").and(not(equivalentTo(Channel.class))))
                .check(classes());
    }

    /** Resilience4j guards are the shop's: nothing else builds breakers or limiters. */
    @Test
    void onlyTheShopPackageUsesResilience4j() {
        noClasses().that().resideOutsideOfPackage("id.tenun.listing.shop..")
                .should().dependOnClassesThat().resideInAPackage("io.github.resilience4j..")
                .check(classes());
    }
}
