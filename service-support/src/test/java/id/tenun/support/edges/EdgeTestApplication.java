package id.tenun.support.edges;

import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.micrometer.tracing.Tracer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.events.Topics;
import id.tenun.events.order.OrderEvent;
import id.tenun.support.problems.Conflict;
import id.tenun.support.problems.NotFound;
import id.tenun.support.problems.StaleVersion;
import id.tenun.support.problems.Violations;
import id.tenun.support.security.ClientScope;
import id.tenun.support.security.CurrentUser;

/** A minimal service with the shared edges, to test them as every Tenun service gets them. */
@SpringBootApplication
class EdgeTestApplication {

    record Sample(@NotBlank String name, @Min(0) long price, @Size(max = 3) String code) {
    }

    /** A command that validates itself in its constructor, as Tenun's commands do. */
    record Rename(String name) {

        Rename {
            new Violations().check(name != null && !name.isBlank(), "name", "Wajib diisi.", "Is required.")
                    .throwIfAny();
        }
    }

    @RestController
    static class SampleController {

        @GetMapping("/api/me")
        Map<String, Object> me(CurrentUser user) {
            return Map.of("subject", user.subject(), "roles", new TreeSet<>(user.roles()),
                    "groups", new TreeSet<>(user.groups()));
        }

        @GetMapping("/api/groups/{groupId}/secret")
        Map<String, Object> groupSecret(@PathVariable String groupId, CurrentUser user) {
            return Map.of("groupId", groupId, "allowed", user.mayActFor(groupId));
        }

        @PostMapping("/api/samples")
        Sample create(@Valid @RequestBody Sample sample) {
            return sample;
        }

        @PostMapping("/api/renames")
        Rename rename(@RequestBody Rename rename) {
            return rename;
        }

        @GetMapping("/api/samples/{count}")
        Map<String, Integer> count(@PathVariable int count) {
            return Map.of("count", count);
        }

        @GetMapping("/api/figures")
        @ClientScope(CurrentUser.SALES_READ)
        Map<String, Object> figures(CurrentUser user) {
            return Map.of("everyGroup", user.visibleGroups(CurrentUser.SALES_READ) == null);
        }

        @GetMapping("/api/staff-only")
        String staffOnly(CurrentUser user) {
            if (!user.seesAllGroups()) {
                throw new AccessDeniedException("staff only");
            }
            return "ok";
        }

        /** Answers each shared problem by its name, to show how a service throws them. */
        @GetMapping("/api/problems/{kind}")
        void problem(@PathVariable String kind) {
            switch (kind) {
                case "invalid" -> new Violations()
                        .add("price", "Harga harus lebih dari 0.", "The price must be above 0.")
                        .add("name", "Wajib diisi.", "Is required.").throwIfAny();
                case "missing" -> throw new NotFound("Sample", "s-1");
                case "conflict" -> throw new Conflict("Stok tidak cukup.", "Not enough stock.");
                default -> throw new StaleVersion("Sample", "s-1", 3L, 5);
            }
        }

        @GetMapping("/api/boom")
        String boom() {
            throw new IllegalStateException("internal detail that must not leak");
        }
    }

    /** Records what the orders listener saw; fails on purpose for orders whose id says so. */
    @Component
    static class OrdersSeen {

        static final String POISON_PREFIX = "POISON-";

        record Seen(OrderEvent event, String traceparent, String listenerTraceId) {
        }

        private final Map<String, Seen> seen = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final Tracer tracer;

        OrdersSeen(Tracer tracer) {
            this.tracer = tracer;
        }

        @KafkaListener(topics = Topics.ORDERS, groupId = "edge-test")
        void on(OrderEvent event, @Header(name = "traceparent", required = false) String traceparent) {
            attempts.computeIfAbsent(event.orderId(), id -> new AtomicInteger()).incrementAndGet();
            if (event.externalOrderId().startsWith(POISON_PREFIX)) {
                throw new IllegalStateException("The listener cannot handle this order");
            }
            seen.put(event.orderId(), new Seen(event, traceparent, tracer.currentSpan().context().traceId()));
        }

        Seen await(String orderId, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Seen found = seen.get(orderId);
                if (found != null) {
                    return found;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("The listener did not see order " + orderId + " within " + timeout);
        }

        int attempts(String orderId) {
            AtomicInteger count = attempts.get(orderId);
            return count == null ? 0 : count.get();
        }
    }
}
