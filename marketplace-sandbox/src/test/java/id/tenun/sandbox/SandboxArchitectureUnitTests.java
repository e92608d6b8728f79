package id.tenun.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The stand-ins do not import each other, and the sandbox never uses the adapters it is meant to test. */
class SandboxArchitectureUnitTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.tenun.sandbox");

    @Test
    void standInsDoNotImportEachOther() {
        noClasses().that().resideInAPackage("..sandbox.tokopedia..")
                .should().dependOnClassesThat().resideInAnyPackage("..sandbox.shopee..", "..sandbox.lazada..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..sandbox.shopee..")
                .should().dependOnClassesThat().resideInAnyPackage("..sandbox.tokopedia..", "..sandbox.lazada..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..sandbox.lazada..")
                .should().dependOnClassesThat().resideInAnyPackage("..sandbox.tokopedia..", "..sandbox.shopee..")
                .check(CLASSES);
    }

    @Test
    void neverUsesTheAdaptersItStandsInFor() {
        noClasses().should().dependOnClassesThat().resideInAPackage("id.tenun.marketplaces..").check(CLASSES);
    }
}
