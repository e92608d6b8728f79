package id.tenun.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

class ArchitectureUnitTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.tenun.catalog");

    @Test
    void keepsSpringKafkaAtTheEdgeOfEachFeature() {
        noClasses().that().resideOutsideOfPackage("..kafka..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
                .check(CLASSES);
    }

    @Test
    void keepsTheWebEdgeOutOfTheDomain() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..")
                .check(CLASSES);
    }

    @Test
    void hasNoCyclesBetweenTheFeaturesDomains() {
        SlicesRuleDefinition.slices().matching("id.tenun.catalog.(*)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void keepsTheApplicationClassEmpty() {
        noClasses().that().resideInAPackage("id.tenun.catalog").and().haveSimpleNameNotEndingWith("Application")
                .should().bePublic().allowEmptyShould(true).check(CLASSES);
    }
}
