package id.tenun.localstack;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The embedded default: one command starts a real Kafka broker (KRaft), a MongoDB wire-protocol server and every
 * Tenun application in this JVM, waits until each is healthy and prints what is where. Ctrl-C stops everything:
 * the applications in the reverse order of their start, then Kafka, then MongoDB (which writes its file).
 * If {@code KAFKA_BOOTSTRAP_SERVERS} or {@code MONGODB_URI} is set, the stack uses it instead of starting its own.
 */
public final class LocalStack implements AutoCloseable {

    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(60);

    private final LocalStackSettings settings;
    private final List<String> appArguments;
    private final Map<Applications.App, String> health = new LinkedHashMap<>();
    private final Map<String, Duration> phases = new LinkedHashMap<>();
    private KafkaNode kafka;
    private MongoNode mongo;
    private LocalKeys keys;
    private Applications applications;
    private String kafkaBootstrapServers;
    private String mongoUri;
    private List<String> createdTopics = List.of();
    private DemoShowcase.Showcase showcase = DemoShowcase.Showcase.NONE;
    private DemoSeller.Authorized seller = DemoSeller.Authorized.NONE;
    private List<DemoUsers.SignIn> signIns = List.of();
    private boolean closed;

    private LocalStack(LocalStackSettings settings, List<String> appArguments) {
        this.settings = settings;
        this.appArguments = List.copyOf(appArguments);
    }

    public static void main(String[] args) {
        LocalStackSettings settings;
        try {
            settings = LocalStackSettings.fromEnvironment();
        } catch (LocalStackException e) {
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(2);
            return;
        }
        useOwnLogging(settings);
        LocalStack stack = new LocalStack(settings, Arrays.asList(args));
        // registered before anything starts, so that Ctrl-C during the start stops what is running already
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stack.close(true)) {
                System.out.println("Tenun local stack stopped.");
            }
        }, "local-stack-stop"));
        try {
            stack.startAll();
        } catch (LocalStackException e) {
            stack.close(true);
            System.err.println();
            System.err.println("The local stack did not start: " + e.getMessage());
            System.err.println("More in " + display(settings.logsDir().resolve("local-stack.log")));
            System.exit(1);
        }
        stack.printSummary(System.out, uptime());
    }

    /**
     * Starts everything the settings ask for and waits until every application reports UP; on failure, stops what
     * started and throws a {@link LocalStackException} that names the part that failed.
     *
     * @param appArguments further {@code --name=value} arguments given to every application
     */
    public static LocalStack start(LocalStackSettings settings, List<String> appArguments) {
        LocalStack stack = new LocalStack(settings, appArguments);
        try {
            stack.startAll();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private void startAll() {
        phases.put("JVM", uptime());
        long start = System.nanoTime();
        Ports.requireFree(Ports.of(settings));
        keys = LocalKeys.loadOrCreate(settings.keysDir());
        start = phase("keys", start);
        if (settings.startsMongo()) {
            mongo = new MongoNode(settings.mongoFile(), settings.mongoPort()).start();
            mongoUri = mongo.uri();
            start = phase("MongoDB", start);
        } else {
            mongoUri = settings.externalMongo();
        }
        if (settings.startsKafka()) {
            kafka = new KafkaNode(settings.kafkaDir(), settings.kafkaPort(), settings.kafkaControllerPort()).start();
            kafkaBootstrapServers = kafka.bootstrapServers();
            start = phase("Kafka", start);
        } else {
            kafkaBootstrapServers = settings.externalKafka();
        }
        createdTopics = TopicDeclarations.declare(kafkaBootstrapServers);
        start = phase("topics", start);
        List<Applications.App> apps = Applications.of(settings);
        applications = Applications.start(apps,
                new Applications.Platform(kafkaBootstrapServers, mongoUri, keys.publicKeyLocation(),
                        url(apps, "sandbox"), url(apps, "catalog"), url(apps, "orders"), url(apps, "listing-sync"),
                        url(apps, "console")),
                settings.parallelStart(), appArguments);
        start = phase("applications", start);
        awaitHealthy();
        start = phase("health", start);
        StaffClient client = new StaffClient(keys.staffToken());
        showcase = new DemoShowcase(client, url(apps, "catalog"), url(apps, "listing-sync"))
                .open(environment("sandbox"), HEALTH_TIMEOUT);
        seller = new DemoSeller(client, url(apps, "catalog"), url(apps, "listing-sync"), url(apps, "sandbox"))
                .open(HEALTH_TIMEOUT);
        List<String> mentored = new ArrayList<>();
        showcase.groupId().ifPresent(mentored::add);
        seller.groupId().ifPresent(mentored::add);
        signIns = new DemoUsers(applications.context("console"), settings.keysDir()).open(showcase.groupId(),
                mentored);
        phase("demo shops", start);
    }

    /** The demo group whose shops are connected to the sandbox, if the catalog has it. */
    public Optional<String> showcaseGroup() {
        return showcase.groupId();
    }

    /** How the console's demo users sign in (one per role), with their passwords: local development only. */
    public List<DemoUsers.SignIn> consoleUsers() {
        return signIns;
    }

    /** The demo group that connected shops of its own through the sandbox's seller authorization. */
    public Optional<String> authorizedGroup() {
        return seller.groupId();
    }

    private static String url(List<Applications.App> apps, String name) {
        return apps.stream().filter(app -> app.name().equals(name)).findFirst().orElseThrow().url();
    }

    /** Notes how long a phase of the start took (shown in the summary); returns now, the next phase's start. */
    private long phase(String name, long startNanos) {
        long now = System.nanoTime();
        phases.put(name, Duration.ofNanos(now - startNanos));
        return now;
    }

    private void awaitHealthy() {
        HealthChecks checks = new HealthChecks();
        Instant deadline = Instant.now().plus(HEALTH_TIMEOUT);
        List<String> unhealthy = new ArrayList<>();
        for (Applications.App app : applications.apps()) {
            Duration left = Duration.between(Instant.now(), deadline);
            String status = checks.awaitUp(app.url(), left.isNegative() ? Duration.ZERO : left);
            health.put(app, status);
            if (!"UP".equals(status)) {
                unhealthy.add(app.name() + " (" + app.url() + "/actuator/health: " + status + ")");
            }
        }
        if (!unhealthy.isEmpty()) {
            throw new LocalStackException("not healthy within " + HEALTH_TIMEOUT.toSeconds() + " s of starting: "
                    + String.join(", ", unhealthy));
        }
    }

    public LocalStackSettings settings() {
        return settings;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String mongoUri() {
        return mongoUri;
    }

    public LocalKeys keys() {
        return keys;
    }

    /** The base URL of each running application, by name (console, catalog, listing-sync, orders, sandbox). */
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        applications.apps().forEach(app -> urls.put(app.name(), app.url()));
        return urls;
    }

    /** The environment of a running application, by name: what it was configured with. */
    ConfigurableEnvironment environment(String app) {
        return applications.context(app).getEnvironment();
    }

    /** Stops the applications (in the reverse order of their start), then Kafka, then MongoDB. */
    @Override
    public void close() {
        close(false);
    }

    /** Closes what is running, unless it was closed already; true if this call closed it. */
    private synchronized boolean close(boolean tellProgress) {
        if (closed) {
            return false;
        }
        closed = true;
        if (tellProgress && applications != null) {
            System.out.println("Stopping the Tenun local stack...");
        }
        closeQuietly("the applications", applications);
        closeQuietly("Kafka", kafka);
        closeQuietly("MongoDB", mongo);
        return applications != null;
    }

    private static void closeQuietly(String what, AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("Stopping " + what + " failed: " + e);
        }
    }

    void printSummary(PrintStream out, Duration startUp) {
        String staff = keys.staffToken();
        Path staffFile = keys.save("staff", staff);
        out.println();
        out.printf(Locale.ROOT, "Tenun local stack is up in %s (since JVM start: %s)%n%n", seconds(startUp),
                phases.entrySet().stream().map(e -> e.getKey() + " " + seconds(e.getValue()))
                        .collect(Collectors.joining(", ")));
        out.printf("  %-14s %-30s %s%n", "SERVICE", "URL", "HEALTH");
        health.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> e.getKey().port()))
                .forEach(e -> out.printf("  %-14s %-30s %s%n", e.getKey().name(), e.getKey().url(), e.getValue()));
        out.println();
        out.printf("  %-14s %-30s %s%n", "Kafka", kafkaBootstrapServers, kafka != null
                ? "KRaft broker, data in " + display(kafka.logDir())
                : "external (KAFKA_BOOTSTRAP_SERVERS)");
        out.printf("  %-14s %-30s %s%n", "MongoDB", mongoUri, mongo != null
                ? "wire server, data in " + display(mongo.file())
                : "external (MONGODB_URI)");
        if (!createdTopics.isEmpty()) {
            out.printf("  %-14s %s%n", "topics", "declared " + createdTopics.size() + ": "
                    + String.join(", ", createdTopics));
        }
        out.println();
        out.println("  Tokens, signed with the local key in " + display(settings.keysDir()) + ", valid for "
                + LocalKeys.VALIDITY.toDays() + " days:");
        out.println("  staff (" + display(staffFile) + "):");
        out.println("    " + staff);
        showcase.groupId().ifPresent(group -> {
            Path memberFile = keys.save("group-member", keys.groupMemberToken(group));
            out.println("  member of " + DemoShowcase.GROUP_NAME + ", " + group + " (" + display(memberFile) + ")");
        });
        out.println();
        if (!signIns.isEmpty()) {
            out.println("  Sign in to the console at " + urls().get("console") + "/login (passwords kept in "
                    + display(settings.keysDir().resolve("console-users.properties")) + "):");
            signIns.forEach(signIn -> out.printf("    %-13s %-18s %s%n", signIn.role(), signIn.identifier(),
                    signIn.password()));
            out.println(
                    "  (the member lands on the group's Beranda; the services take the console's tokens and the ones"
                            + " above)");
            out.println();
        }
        showcase.groupId().ifPresent(group -> out.println("  Demo: " + DemoShowcase.GROUP_NAME
                + " sells on the sandbox's shops (" + String.join(", ", DemoShowcase.CHANNELS) + (showcase.connected()
                        .isEmpty() ? ", connected before" : ", connected now")
                + "); its listings: "
                + urls().get("sandbox") + "/sandbox/listings"));
        seller.groupId().ifPresent(group -> out.println("  Demo: " + DemoSeller.GROUP_NAME + " authorized shops of "
                + "its own on each marketplace" + (seller.authorizedNow().isEmpty() ? " before" : " now") + "; all "
                + "shops: " + urls().get("sandbox") + "/sandbox/shops"));
        out.println("  curl -H \"Authorization: Bearer $(cat " + display(staffFile) + ")\" "
                + urls().get("catalog") + "/actuator/metrics");
        out.println();
        out.println(
                "  Logs in " + display(settings.logsDir().resolve("local-stack.log")) + ". Ctrl-C stops everything.");
        out.flush();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** Time since this JVM started: what a person waiting at the command line experienced (minus Maven). */
    static Duration uptime() {
        return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static String display(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /**
     * The stack's logging, set before the first logger exists: the console shows warnings and the stack's own
     * messages, {@code logs/local-stack.log} everything at INFO. Spring Boot leaves logging alone, so that five
     * applications starting at once do not reconfigure it under each other.
     */
    private static void useOwnLogging(LocalStackSettings settings) {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        System.setProperty("tenun.local-stack.logs", settings.logsDir().toString());
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "local-stack-logback.xml");
        }
        // Tomcat logs through java.util.logging
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
