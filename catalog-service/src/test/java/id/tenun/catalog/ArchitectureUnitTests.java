package id.tenun.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import id.tenun.testsupport.architecture.ServiceArchitecture;

/** The rules of every service ({@link ServiceArchitecture}), and the catalog's own. */
class ArchitectureUnitTests extends ServiceArchitecture {

    ArchitectureUnitTests() {
        super("id.tenun.catalog");
    }

    @Test
    void keepsTheWebEdgeOutOfTheDomain() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..")
                .check(classes());
    }
}
