package id.tenun.console;

import id.tenun.testsupport.architecture.ServiceArchitecture;

/** The rules of every service ({@link ServiceArchitecture}), from the console's first page on. */
class ArchitectureUnitTests extends ServiceArchitecture {

    ArchitectureUnitTests() {
        super("id.tenun.console");
    }
}
