package id.tenun.order.processing;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Finishes, now and then, what a crash left behind on order documents (rollups, owed events). */
@Component
class PendingWorkSweeper implements SchedulingConfigurer {

    private final OrderProcessor processor;

    private final ProcessingSettings settings;

    PendingWorkSweeper(OrderProcessor processor, ProcessingSettings settings) {
        this.processor = processor;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::sweep, settings.sweepInterval(), settings.sweepInterval()));
    }

    void sweep() {
        processor.finishPending(settings.sweepGrace(), 500);
    }
}
