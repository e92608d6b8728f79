package id.tenun.order.processing;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Finishes, now and then, what a crash left behind on order documents (rollups, owed events). */
@Component
class PendingWorkSweeper {

    private final OrderProcessor processor;

    private final ProcessingSettings settings;

    PendingWorkSweeper(OrderProcessor processor, ProcessingSettings settings) {
        this.processor = processor;
        this.settings = settings;
    }

    @Scheduled(initialDelayString = "#{@processingSettings.sweepInterval()}", fixedDelayString = "#{@processingSettings.sweepInterval()}")
    void sweep() {
        processor.finishPending(settings.sweepGrace(), 500);
    }
}
