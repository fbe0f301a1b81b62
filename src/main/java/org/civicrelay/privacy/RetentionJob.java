package org.civicrelay.privacy;

import org.civicrelay.logging.LogSafe;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link Retention} at start-up and then once per purge interval (a day by default). With
 * SQLite's secure_delete on, what is deleted is overwritten in the file, not merely unlinked; the WAL
 * file, though, keeps older copies of changed pages until it is checkpointed and truncated, which is
 * therefore done after every run.
 */
@Component
class RetentionJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<Retention> retentions;
    private final WalCheckpoint checkpoint;
    private final Clock clock;
    private final long intervalMillis;
    private ScheduledExecutorService scheduler;

    RetentionJob(List<Retention> retentions, WalCheckpoint checkpoint, Clock clock, PrivacySettings settings) {
        this.retentions = retentions;
        this.checkpoint = checkpoint;
        this.clock = clock;
        this.intervalMillis = settings.retention().purgeInterval().toMillis();
    }

    /** Runs every purge once, now. */
    public void runOnce() {
        for (Retention retention : retentions) {
            try {
                int purged = retention.purge(clock.instant());
                if (purged > 0) {
                    log.info("Retention: purged {} {}", purged, retention.what());
                }
            } catch (RuntimeException e) {
                log.error("Retention: purging {} failed ({})", retention.what(), e.getClass().getSimpleName(),
                        LogSafe.redact(e));
            }
        }
        // Deleted and overwritten rows would otherwise survive as old page images in the -wal file.
        checkpoint.truncate();
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "retention");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runOnce, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
