package org.civicrelay.moderation;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.civicrelay.config.ScheduledLifecycle;
import org.civicrelay.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every two seconds, announces the decisions whose undo window is over ({@link Triage#releaseDue}). Held
 * decisions are in SQLite, so a restart loses none: those whose window ended meanwhile go out at once.
 */
@Component
class HeldOutcomeRelease extends ScheduledLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HeldOutcomeRelease.class);
    static final long EVERY_MILLIS = 2_000;

    private final Triage triage;

    HeldOutcomeRelease(Triage triage) {
        super("decision-release");
        this.triage = triage;
    }

    void runOnce() {
        try {
            while (triage.releaseDue() == Triage.RELEASE_BATCH) {
                // a backlog after downtime: keep going until it is worked through
            }
        } catch (RuntimeException e) {
            log.error(
                    "Announcing decisions failed ({}); retrying shortly",
                    e.getClass().getSimpleName(),
                    LogSafe.redact(e));
        }
    }

    @Override
    protected void schedule(ScheduledExecutorService scheduler) {
        scheduler.scheduleWithFixedDelay(this::runOnce, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }
}
