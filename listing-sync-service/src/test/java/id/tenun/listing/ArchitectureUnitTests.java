package id.tenun.listing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import id.tenun.marketplaces.Channel;

class ArchitectureUnitTests {

    static final JavaClasses SERVICE = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("id.tenun.listing");

    @Test
    void theListingModelKnowsNeitherKafkaNorAnyMarketplace() {
        noClasses().that().resideInAPackage("id.tenun.listing.state")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..",
                    "id.tenun.marketplaces..", "io.github.resilience4j..")
            .check(SERVICE);
    }

    @Test
    void theDomainNeverImportsSpringKafka() {
        noClasses().that().resideInAnyPackage("id.tenun.listing.state", "id.tenun.listing.connection..",
                "id.tenun.listing.catalog", "id.tenun.listing.sync..", "id.tenun.listing.reconcile..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
            .check(SERVICE);
    }

    @Test
    void noCodeReachesIntoAMarketplaceChannelPackage() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("id.tenun.marketplaces.tokopedia..",
                "id.tenun.marketplaces.shopee..", "id.tenun.marketplaces.lazada..", "id.tenun.marketplaces.http..")
            .check(SERVICE);
    }

    @Test
    void onlyTheSyncAndReconcileFeaturesTalkToMarketplaces() {
        // the channel ids (which channels exist, what a shop's credentials hold) are no talk
        noClasses().that().resideOutsideOfPackages("id.tenun.listing.sync..", "id.tenun.listing.reconcile..")
            .should()
            .dependOnClassesThat(resideInAPackage("id.tenun.marketplaces..").and(not(equivalentTo(Channel.class))))
            .check(SERVICE);
    }

    @Test
    void theApplicationClassHoldsNothingButMain() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that()
            .areDeclaredIn(ListingSyncApplication.class).should().haveName("main")
            .check(SERVICE);
    }

}
