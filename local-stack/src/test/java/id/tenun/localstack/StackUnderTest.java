package id.tenun.localstack;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The whole stack for a test class, as {@code spring-boot:run} starts it, on free ports with its data in a folder.
 */
final class StackUnderTest {

    /** The sandbox's own buyers switched off, so that only the test orders, and its reviews over in a second. */
    static final List<String> WITHOUT_SANDBOX_BUYERS = List.of("--sandbox.buyers.order-interval=0s",
            "--sandbox.buyers.step-interval=0s", "--sandbox.tokopedia.audit-delay=1s", "--sandbox.lazada.qc-delay=1s");

    private StackUnderTest() {
    }

    /** Starts it, with Tomcat's java.util.logging routed to SLF4J; {@code appArguments} go to every application. */
    static LocalStack start(Path dataDir, List<String> appArguments) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        return LocalStack.start(LocalStackSettings.onFreePorts(dataDir), appArguments);
    }
}
