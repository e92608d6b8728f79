package id.tenun.sandbox.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import id.tenun.sandbox.faults.FaultSettings;
import id.tenun.sandbox.faults.Faults;

/**
 * Sends the marketplaces' pushes to the configured URL, in the background, retrying a non-2xx as the marketplace does,
 * and applying the injected webhook faults (drop, duplicate, out of order).
 */
@Component
public class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private static final int KEPT = 2000;

    private final Faults faults;

    private final Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "sandbox-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicLong ids = new AtomicLong();

    private final Deque<WebhookDelivery> deliveries = new ArrayDeque<>();

    private final Map<String, WebhookDelivery> held = new ConcurrentHashMap<>();

    public WebhookDispatcher(Faults faults, Clock clock) {
        this.faults = faults;
        this.clock = clock;
    }

    public void dispatch(String channel, String url, Map<String, String> headers, byte[] body, RetryPolicy retry) {
        FaultSettings fault = faults.of(channel);
        WebhookDelivery delivery = record(channel, url, headers, body, retry);
        if (Faults.chance(fault.dropWebhookRate())) {
            delivery.state(WebhookDelivery.State.DROPPED);
            return;
        }
        boolean duplicate = Faults.chance(fault.duplicateWebhookRate());
        if (fault.outOfOrderWebhooks()) {
            WebhookDelivery earlier = held.remove(channel);
            if (earlier == null) {
                delivery.state(WebhookDelivery.State.HELD);
                held.put(channel, delivery);
                return;
            }
            schedule(delivery, Duration.ZERO);
            schedule(earlier, Duration.ofMillis(200));
        } else {
            schedule(delivery, Duration.ZERO);
            WebhookDelivery earlier = held.remove(channel);
            if (earlier != null) {
                schedule(earlier, Duration.ofMillis(200));
            }
        }
        if (duplicate) {
            schedule(record(channel, url, headers, body, retry), Duration.ofMillis(100));
        }
    }

    public synchronized List<WebhookDelivery> recent(String channel, int limit) {
        return deliveries.stream()
                .filter(delivery -> channel == null || delivery.getChannel().equals(channel))
                .limit(limit)
                .toList();
    }

    private synchronized WebhookDelivery record(String channel, String url, Map<String, String> headers, byte[] body,
            RetryPolicy retry) {
        WebhookDelivery delivery = new WebhookDelivery(ids.incrementAndGet(), channel, url, headers, body, retry,
                clock.instant());
        deliveries.addFirst(delivery);
        while (deliveries.size() > KEPT) {
            deliveries.removeLast();
        }
        return delivery;
    }

    private void schedule(WebhookDelivery delivery, Duration delay) {
        delivery.state(WebhookDelivery.State.PENDING);
        executor.schedule(() -> send(delivery), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void send(WebhookDelivery delivery) {
        int status = 0;
        String error = null;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.getUrl()))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.rawBody()));
            delivery.getHeaders().forEach(request::header);
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception ex) {
            if (ex instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return;
            }
            error = ex.getClass().getSimpleName();
        }
        if (status >= 200 && status < 300) {
            delivery.attempted(status, null, WebhookDelivery.State.DELIVERED);
            return;
        }
        boolean again = delivery.getAttempts() + 1 < delivery.retry().maxAttempts();
        delivery.attempted(status, error, again ? WebhookDelivery.State.RETRYING : WebhookDelivery.State.FAILED);
        log.debug("Webhook {} to {} failed (status {}, {}), {}", delivery.getId(), delivery.getUrl(), status, error,
                again ? "will retry" : "giving up");
        if (again) {
            executor.schedule(() -> send(delivery), delivery.retry().interval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
