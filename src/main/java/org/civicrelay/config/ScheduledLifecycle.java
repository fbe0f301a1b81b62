package org.civicrelay.config;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.context.SmartLifecycle;

/**
 * A bean whose work runs on a daemon thread of its own, started with the application and stopped with it
 * (the retention job, the release of held decisions, the daily digest, the progress board).
 */
public abstract class ScheduledLifecycle implements SmartLifecycle {

    private final String threadName;
    private volatile ScheduledExecutorService scheduler;

    protected ScheduledLifecycle(String threadName) {
        this.threadName = threadName;
    }

    /** Schedules the bean's work on its own thread; called once, at start. */
    protected abstract void schedule(ScheduledExecutorService scheduler);

    /** The bean's thread while it runs, for work that schedules its own next run. */
    protected final Optional<ScheduledExecutorService> scheduler() {
        return Optional.ofNullable(scheduler);
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(threadName));
        scheduler = started;
        schedule(started);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        if (running != null) {
            running.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
