package id.tenun.localstack;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The whole stack for a test class, as {@code spring-boot:run} starts it, on free ports with its data in a folder.
 */
final class StackUnderTest {

    private StackUnderTest() {
    }

    /** Starts it, with Tomcat's java.util.logging routed to SLF4J; {@code appArguments} go to every application. */
    static LocalStack start(Path dataDir, List<String> appArguments) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        return LocalStack.start(LocalStackSettings.onFreePorts(dataDir), appArguments);
    }
}
