package org.civicrelay.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.civicrelay.config.ScheduledLifecycle;
import org.civicrelay.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link Retention} at start-up and then once per purge interval (five minutes by default), and
 * scrubs the WAL in between ({@link WalCheckpoint#scrub}). Each run deletes what would pass its period
 * before the next run, so that every period the bot states is a maximum, never a minimum: a draft "kept 24
 * hours" is gone between 23 h 55 min and 24 h after its last change (while the bot runs; a stopped bot
 * purges first thing at start-up). With SQLite's secure_delete on, what is deleted is overwritten in the
 * file, not merely unlinked; the WAL file, though, keeps older copies of changed pages until it is
 * checkpointed and truncated, which is therefore done after every run too.
 */
@Component
class RetentionJob extends ScheduledLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<Retention> retentions;
    private final WalCheckpoint checkpoint;
    private final Clock clock;
    private final long intervalMillis;
    private final long scrubMillis;

    RetentionJob(List<Retention> retentions, WalCheckpoint checkpoint, Clock clock, PrivacySettings settings) {
        super("retention");
        this.retentions = retentions;
        this.checkpoint = checkpoint;
        this.clock = clock;
        this.intervalMillis = settings.retention().purgeInterval().toMillis();
        this.scrubMillis = settings.retention().scrubInterval().toMillis();
    }

    /** Runs every purge once, now, deleting what would pass its period before the next run. */
    public void runOnce() {
        Instant nextRun = clock.instant().plusMillis(intervalMillis);
        for (Retention retention : retentions) {
            try {
                int purged = retention.purge(nextRun);
                if (purged > 0) {
                    log.info("Retention: purged {} {}", purged, retention.what());
                }
            } catch (RuntimeException e) {
                log.error(
                        "Retention: purging {} failed ({})",
                        retention.what(),
                        e.getClass().getSimpleName(),
                        LogSafe.redact(e));
            }
        }
        // Deleted and overwritten rows would otherwise survive as old page images in the -wal file.
        checkpoint.truncate();
    }

    @Override
    protected void schedule(ScheduledExecutorService scheduler) {
        // At a fixed rate, not with a fixed delay: a run's look-ahead is exactly one interval.
        scheduler.scheduleAtFixedRate(this::runOnce, 0, intervalMillis, TimeUnit.MILLISECONDS);
        scheduler.scheduleAtFixedRate(checkpoint::scrub, scrubMillis, scrubMillis, TimeUnit.MILLISECONDS);
    }
}
