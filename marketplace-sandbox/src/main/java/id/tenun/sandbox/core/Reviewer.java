package id.tenun.sandbox.core;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** The asynchronous review (TTS audit, Lazada QC): after a delay, a pending listing goes live or is rejected. */
@Component
public class Reviewer implements DisposableBean {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sandbox-review");
        thread.setDaemon(true);
        return thread;
    });

    private final Clock clock;

    public Reviewer(Clock clock) {
        this.clock = clock;
    }

    public void review(SandboxListing listing, DemoCategories categories, Duration delay,
            Consumer<SandboxListing> done) {
        ListingInput reviewed = listing.getInput();
        scheduler.schedule(() -> {
            if (!listing.pending() || listing.getInput() != reviewed) {
                return;
            }
            ListingRules.checkCertificates(categories, reviewed)
                    .ifPresentOrElse(reason -> listing.state(SandboxListing.State.REJECTED, reason, clock.instant()),
                            () -> listing.state(SandboxListing.State.ACTIVE, "", clock.instant()));
            done.accept(listing);
        }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
