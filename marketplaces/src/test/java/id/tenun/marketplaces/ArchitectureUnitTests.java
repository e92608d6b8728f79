package id.tenun.marketplaces;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Channel packages never import each other, expose only their wiring and signer, and nothing here uses Spring. */
class ArchitectureUnitTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.tenun.marketplaces");

    @Test
    void channelPackagesDoNotImportEachOther() {
        noClasses().that().resideInAPackage("..marketplaces.tokopedia..")
                .should().dependOnClassesThat().resideInAnyPackage("..marketplaces.shopee..", "..marketplaces.lazada..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..marketplaces.shopee..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("..marketplaces.tokopedia..", "..marketplaces.lazada..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..marketplaces.lazada..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("..marketplaces.tokopedia..", "..marketplaces.shopee..")
                .check(CLASSES);
    }

    @Test
    void channelPackagesExposeOnlyTheirWiringAndSigner() {
        classes().that().resideInAnyPackage("..marketplaces.tokopedia..", "..marketplaces.shopee..",
                "..marketplaces.lazada..")
                .and().arePublic()
                .should().haveSimpleNameEndingWith("Channel").orShould().haveSimpleNameEndingWith("Signer")
                .check(CLASSES);
    }

    @Test
    void onlyTheRegistryKnowsTheChannelPackages() {
        noClasses().that().resideInAPackage("id.tenun.marketplaces").and().doNotHaveSimpleName("Marketplaces")
                .should().dependOnClassesThat()
                .resideInAnyPackage("..marketplaces.tokopedia..", "..marketplaces.shopee..", "..marketplaces.lazada..")
                .check(CLASSES);
    }

    @Test
    void usesNoSpringAndNoOtherTenunModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "id.tenun.events..")
                .check(CLASSES);
    }
}
