package id.tenun.console.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per network address in a sliding window ({@link SignInSettings}) and says
 * until when either is held. Held in this console's memory: a restart forgets, and several consoles count apart.
 */
@Component
class SignInAttempts {

    private static final int MAX_TRACKED = 100_000;

    private final SignInSettings settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInAttempts(SignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Until when sign-ins for this account or from this address wait; empty when they may go ahead. */
    Optional<Instant> heldUntil(SignInName account, String address) {
        Instant now = clock.instant();
        return later(heldUntil("account:" + account.key(), settings.failuresPerAccount(), now),
                heldUntil("address:" + address, settings.failuresPerAddress(), now));
    }

    void failed(SignInName account, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(times -> forget(times, now).isEmpty());
        }
        record("account:" + account.key(), now);
        record("address:" + address, now);
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    void succeeded(SignInName account) {
        failures.remove("account:" + account.key());
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : forget(times, now);
            synchronized (kept) {
                kept.addLast(now);
            }
            return kept;
        });
    }

    private Optional<Instant> heldUntil(String key, int allowed, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            forget(times, now);
            if (times.size() < allowed) {
                return Optional.empty();
            }
            // held until so many failures have aged out of the window that fewer than `allowed` remain
            return Optional.of(times.stream().skip(times.size() - allowed).findFirst().orElseThrow()
                    .plus(settings.window()));
        }
    }

    private Deque<Instant> forget(Deque<Instant> times, Instant now) {
        synchronized (times) {
            Instant oldest = now.minus(settings.window());
            while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
                times.removeFirst();
            }
            return times;
        }
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.filter(instant -> instant.isAfter(a.get())).or(() -> a);
    }
}
