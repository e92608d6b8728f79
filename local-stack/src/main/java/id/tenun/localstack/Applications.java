package id.tenun.localstack;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;

import id.tenun.catalog.CatalogApplication;
import id.tenun.console.ConsoleApplication;
import id.tenun.listing.ListingSyncApplication;
import id.tenun.order.OrderApplication;
import id.tenun.sandbox.SandboxApplication;

/**
 * Starts the Tenun applications in this JVM, each with a Spring context of its own, its own port and its own
 * {@code application.yml}, pointed at the stack's Kafka, MongoDB and token issuers (the local key and the console). One JVM for everything keeps memory
 * and start-up low; the contexts share nothing but classes.
 */
final class Applications implements AutoCloseable {

    /**
     * A Tenun application.
     *
     * @param name how the stack names it
     * @param mainClass its {@code @SpringBootApplication} class
     * @param port its HTTP port
     * @param standalone true for an app that uses neither Kafka, MongoDB nor Tenun tokens (the sandbox)
     */
    record App(String name, Class<?> mainClass, int port, boolean standalone) {

        String url() {
            return "http://localhost:" + port;
        }
    }

    /** The addresses every service is given. */
    record Platform(String kafkaBootstrapServers, String mongoUri, String publicKeyLocation, String sandboxUrl,
            String catalogUrl, String ordersUrl, String listingUrl, String consoleUrl) {
    }

    /**
     * Auto-configurations the sandbox does not have when it runs on its own: they come onto the shared class path
     * with the services ({@code service-support}, security, Kafka, MongoDB) and are switched off for it.
     */
    private static final List<String> NOT_FOR_STANDALONE = List.of("id.tenun.support.",
            "org.springframework.boot.security.", "org.springframework.boot.kafka.",
            "org.springframework.boot.mongodb.", "org.springframework.boot.data.mongodb.");

    private final List<Started> started;

    private record Started(App app, ConfigurableApplicationContext context) {
    }

    private Applications(List<Started> started) {
        this.started = started;
    }

    /** The apps of the stack, in the order they start. */
    static List<App> of(LocalStackSettings settings) {
        return List.of(
                new App("sandbox", SandboxApplication.class, settings.sandboxPort(), true),
                new App("catalog", CatalogApplication.class, settings.catalogPort(), false),
                new App("listing-sync", ListingSyncApplication.class, settings.listingSyncPort(), false),
                new App("orders", OrderApplication.class, settings.orderPort(), false),
                new App("console", ConsoleApplication.class, settings.consolePort(), false));
    }

    /**
     * Starts the apps, in parallel or one after the other; if one fails, those that started are closed again.
     *
     * @param extraArgs further {@code --name=value} arguments given to every app
     */
    static Applications start(List<App> apps, Platform platform, boolean parallel, List<String> extraArgs) {
        List<Started> started = Collections.synchronizedList(new ArrayList<>());
        List<LocalStackException> failures = new ArrayList<>();
        if (parallel) {
            ExecutorService executor = Executors.newFixedThreadPool(apps.size(), runnable -> {
                Thread thread = new Thread(runnable);
                thread.setName("local-stack-start-" + thread.getId());
                return thread;
            });
            try {
                List<Future<Started>> futures = apps.stream()
                        .map(app -> executor.submit(() -> start(app, platform, extraArgs)))
                        .toList();
                for (Future<Started> future : futures) {
                    try {
                        started.add(future.get());
                    } catch (ExecutionException e) {
                        failures.add(e.getCause() instanceof LocalStackException failure
                                ? failure
                                : new LocalStackException(String.valueOf(e.getCause()), e.getCause()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        failures.add(new LocalStackException("Interrupted while starting the applications", e));
                    }
                }
            } finally {
                executor.shutdown();
            }
        } else {
            for (App app : apps) {
                try {
                    started.add(start(app, platform, extraArgs));
                } catch (LocalStackException e) {
                    failures.add(e);
                    break;
                }
            }
        }
        Applications applications = new Applications(new ArrayList<>(started));
        if (!failures.isEmpty()) {
            applications.close();
            LocalStackException failure = new LocalStackException(
                    failures.stream().map(Throwable::getMessage).collect(Collectors.joining("; ")),
                    failures.get(0));
            failures.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
        return applications;
    }

    List<App> apps() {
        return started.stream().map(Started::app).toList();
    }

    ConfigurableApplicationContext context(String name) {
        return started.stream().filter(s -> s.app().name().equals(name)).findFirst()
                .map(Started::context).orElseThrow();
    }

    /** Closes the apps in the reverse order of their start. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).context().close();
        }
        started.clear();
    }

    private static Started start(App app, Platform platform, List<String> extraArgs) {
        String[] args = Stream.concat(arguments(app, platform).stream(), extraArgs.stream()).toArray(String[]::new);
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(app.mainClass())
                    .main(app.mainClass())
                    .registerShutdownHook(false)
                    .run(args);
            return new Started(app, context);
        } catch (RuntimeException e) {
            throw new LocalStackException(app.name() + " did not start on port " + app.port() + ": "
                    + KafkaNode.rootMessage(e), e);
        }
    }

    static List<String> arguments(App app, Platform platform) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + app.port(),
                // all apps share one class path, where classpath:application.yml is whichever jar comes first
                "--spring.config.location=optional:" + configRoot(app.mainClass()),
                "--spring.main.banner-mode=off",
                // the stack closes the apps itself, in order (LocalStack's shutdown hook)
                "--spring.main.register-shutdown-hook=false",
                "--spring.lifecycle.timeout-per-shutdown-phase=5s",
                // each context keeps its meters to itself instead of adding them to one JVM-wide registry
                "--management.metrics.use-global-registry=false",
                // the demo apps' secrets, the sealing key and the callbacks are the public development values
                "--tenun.local-development=true"));
        if (app.standalone()) {
            args.add("--spring.autoconfigure.exclude=" + String.join(",", standaloneExclusions()));
            args.add("--management.endpoint.health.group.readiness.include=readinessState");
            // the sandbox sends each marketplace's webhooks to the order service
            for (String marketplace : List.of("tokopedia", "shopee", "lazada")) {
                args.add("--sandbox." + marketplace + ".webhook-url=" + platform.ordersUrl() + "/webhooks/"
                        + marketplace);
            }
            // and sends sellers who authorized a shop back to the console's Toko (Shopee takes it from the link)
            for (String marketplace : List.of("tokopedia", "lazada")) {
                args.add("--sandbox." + marketplace + ".redirect-url=" + platform.consoleUrl() + "/toko/callback/"
                        + marketplace);
            }
        } else {
            // the services' marketplace base URLs default to ${MARKETPLACE_SANDBOX_URL:http://localhost:8090}/...
            args.add("--MARKETPLACE_SANDBOX_URL=" + platform.sandboxUrl());
            args.add("--spring.kafka.bootstrap-servers=" + platform.kafkaBootstrapServers());
            args.add("--spring.mongodb.uri=" + platform.mongoUri());
            // tokens of two issuers: the local key (the printed tokens) and the console (its users' tokens)
            args.add("--spring.security.oauth2.resourceserver.jwt.public-key-location="
                    + platform.publicKeyLocation());
            args.add("--tenun.security.issuers[0].issuer=" + platform.consoleUrl());
            args.add("--tenun.security.issuers[0].jwk-set-uri=" + platform.consoleUrl() + "/oauth2/jwks");
            // the printed tokens live longer than the console's 15 minutes, for curl on a developer's machine
            args.add("--tenun.security.max-token-lifetime=" + LocalKeys.VALIDITY.toSeconds() + "s");
        }
        if (app.name().equals("console")) {
            // the console signs as the address it runs at, the one the services trust, and its pages call them
            args.add("--tenun.console.issuer=" + platform.consoleUrl());
            args.add("--tenun.console.services.catalog=" + platform.catalogUrl());
            args.add("--tenun.console.services.listing=" + platform.listingUrl());
            args.add("--tenun.console.services.orders=" + platform.ordersUrl());
        }
        if (app.name().equals("listing-sync")) {
            // the sandbox keeps its listings in memory: after a restart of the stack, reconciliation finds the demo's
            // live listings gone and lists them again within a minute or two, instead of the production ten minutes
            args.add("--tenun.listing.reconcile.interval=1m");
            // the address registered with each marketplace app: the console's page, which hands the grant on
            args.add("--tenun.listing.shops.callback-url=" + platform.consoleUrl() + "/toko/callback");
            // the photos members upload are the catalog's, on this machine: the adapters may download them
            args.add("--tenun.listing.photos-url=" + platform.catalogUrl());
        }
        if (app.name().equals("orders")) {
            // Shopee signs the callback URL as registered: the one the sandbox calls
            args.add("--TENUN_SHOPEE_WEBHOOK_URL=" + platform.ordersUrl() + "/webhooks/shopee");
        }
        if (app.name().equals("catalog")) {
            // demo groups and products on the first start (an empty catalog); a restart adds nothing. Their photos
            // are the sandbox's stand-ins, on the one local address the catalog may take photos from
            args.add("--tenun.catalog.demo.seed=true");
            args.add("--tenun.catalog.demo.photos-url=" + platform.sandboxUrl() + "/sandbox/images");
            args.add("--tenun.catalog.images.trusted-host=" + URI.create(platform.sandboxUrl()).getAuthority());
            // photos members upload are served from the catalog's own address
            args.add("--tenun.catalog.photos.public-base-url=" + platform.catalogUrl());
        }
        return args;
    }

    /** The root of the jar or classes directory a class comes from, as a config location ending in '/'. */
    static String configRoot(Class<?> mainClass) {
        URL location = mainClass.getProtectionDomain().getCodeSource().getLocation();
        String url = location.toString();
        if (url.endsWith(".jar")) {
            return "jar:" + url + "!/";
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static List<String> standaloneExclusions() {
        return ImportCandidates.load(AutoConfiguration.class, Applications.class.getClassLoader()).getCandidates()
                .stream()
                .filter(name -> NOT_FOR_STANDALONE.stream().anyMatch(name::startsWith))
                .toList();
    }
}
