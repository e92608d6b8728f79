package id.tenun.listing.shop;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** HTTP calls made per second over the last minute, and the last success, for the channel health view. */
public final class CallMeter {

    private final long[] seconds = new long[60];
    private final long[] counts = new long[60];
    private final AtomicLong total = new AtomicLong();
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();

    synchronized void record(int calls) {
        long now = System.currentTimeMillis() / 1000;
        int slot = (int) (now % 60);
        if (seconds[slot] != now) {
            seconds[slot] = now;
            counts[slot] = 0;
        }
        counts[slot] += calls;
        total.addAndGet(calls);
    }

    /** Calls in the last 60 seconds. */
    public synchronized long lastMinute() {
        long now = System.currentTimeMillis() / 1000;
        long sum = 0;
        for (int i = 0; i < 60; i++) {
            if (now - seconds[i] < 60) {
                sum += counts[i];
            }
        }
        return sum;
    }

    public long total() {
        return total.get();
    }

    public void succeeded(Instant at) {
        lastSuccess.set(at);
    }

    public Instant lastSuccess() {
        return lastSuccess.get();
    }

}
