package id.tenun.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.util.FileSystemUtils;

/**
 * One whole stack (without the sandbox's own buyers, and with Shopee's titles limited to
 * {@value #SHOPEE_NAME_LIMIT} characters) for every browser test class of a run: starting one takes most
 * of a minute, so the first class that asks for a {@link LocalStack} parameter starts it and the run's end stops it.
 * Classes share its data, so each test makes what it needs and looks only at that. Use with
 * {@code @ExtendWith(SharedStack.class)} and {@code @BeforeAll static void start(LocalStack stack)}.
 */
final class SharedStack implements BeforeAllCallback, ParameterResolver, AutoCloseable {

    /**
     * Shopee's limit on a listing's title in this stack: below the catalog's 70 (and above the demo titles, 53 at
     * most), so that a long name is what a marketplace refuses and the catalog cannot know (the catalog checks
     * everything else the marketplaces ask: category, attributes, material, certificates), and the pages can be seen
     * saying why.
     */
    static final int SHOPEE_NAME_LIMIT = 60;

    private static final List<String> ARGUMENTS = Stream.concat(StackUnderTest.WITHOUT_SANDBOX_BUYERS.stream(),
            Stream.of("--sandbox.shopee.max-title-length=" + SHOPEE_NAME_LIMIT)).toList();

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

    private final Path dataDir;
    private final LocalStack stack;

    /** For JUnit, which makes one per class it extends; the stack itself lives in the run's root store. */
    SharedStack() {
        this.dataDir = null;
        this.stack = null;
    }

    private SharedStack(Path dataDir) {
        this.dataDir = dataDir;
        this.stack = StackUnderTest.start(dataDir, ARGUMENTS);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    /** Skips the class where Debian's chromium and chromedriver are not installed. */
    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(ConsoleBrowser.installed(), "no Debian chromium and chromedriver here: .ci/run "
                + "installs them (apt-get install chromium chromium-driver)");
    }

    @Override
    public LocalStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(SharedStack.class, key -> startOne(),
                SharedStack.class).stack;
    }

    private static SharedStack startOne() {
        try {
            return new SharedStack(Files.createTempDirectory("tenun-shared-stack"));
        } catch (IOException e) {
            throw new IllegalStateException("no folder for the shared stack's data", e);
        }
    }

    /** Called by JUnit when the run ends (the root store closes what it holds). */
    @Override
    public void close() throws IOException {
        if (stack != null) {
            stack.close();
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }
}
