package id.tenun.catalog;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls until something holds, instead of sleeping a fixed time. */
public final class Eventually {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Eventually() {
    }

    public static <T> T get(Supplier<T> value, String what) {
        return get(value, what, TIMEOUT);
    }

    public static <T> T get(Supplier<T> value, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T found = value.get();
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static void holds(BooleanSupplier condition, String what) {
        get(() -> condition.getAsBoolean() ? Boolean.TRUE : null, what);
    }

    public static void holds(BooleanSupplier condition, String what, Duration timeout) {
        get(() -> condition.getAsBoolean() ? Boolean.TRUE : null, what, timeout);
    }
}
