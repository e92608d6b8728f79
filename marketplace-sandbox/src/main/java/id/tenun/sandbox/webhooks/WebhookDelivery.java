package id.tenun.sandbox.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One webhook the sandbox sent (or dropped on purpose), with its attempts. */
public final class WebhookDelivery {

    public enum State {
        PENDING, HELD, DELIVERED, RETRYING, FAILED, DROPPED
    }

    private final long id;

    private final String channel;

    private final String url;

    private final Map<String, String> headers;

    private final byte[] body;

    private final RetryPolicy retry;

    private final Instant createdAt;

    private int attempts;

    private int lastStatus;

    private String lastError = "";

    private State state = State.PENDING;

    WebhookDelivery(long id, String channel, String url, Map<String, String> headers, byte[] body, RetryPolicy retry,
            Instant createdAt) {
        this.id = id;
        this.channel = channel;
        this.url = url;
        this.headers = Map.copyOf(headers);
        this.body = body.clone();
        this.retry = retry;
        this.createdAt = createdAt;
    }

    public long getId() {
        return id;
    }

    public String getChannel() {
        return channel;
    }

    public String getUrl() {
        return url;
    }

    public Map<String, String> getHeaders() {
        return headers;
    }

    public String getBody() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @JsonIgnore
    public byte[] rawBody() {
        return body.clone();
    }

    @JsonIgnore
    RetryPolicy retry() {
        return retry;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public synchronized int getAttempts() {
        return attempts;
    }

    public synchronized int getLastStatus() {
        return lastStatus;
    }

    public synchronized String getLastError() {
        return lastError;
    }

    public synchronized State getState() {
        return state;
    }

    synchronized void attempted(int status, String error, State newState) {
        attempts++;
        lastStatus = status;
        lastError = error == null ? "" : error;
        state = newState;
    }

    synchronized void state(State newState) {
        state = newState;
    }
}
