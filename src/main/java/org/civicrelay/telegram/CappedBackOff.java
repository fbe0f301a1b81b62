package org.civicrelay.telegram;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Back-off between failed getUpdates calls: doubling from half a second, with jitter, never more than
 * the configured cap (60 s by default). The library's own back-off grows to 15 minutes.
 */
class CappedBackOff implements BackOff {

    private static final Logger log = LoggerFactory.getLogger(CappedBackOff.class);
    private static final long FIRST_MILLIS = 500;

    private final long capMillis;
    private int failures;

    CappedBackOff(Duration cap) {
        this.capMillis = Math.max(FIRST_MILLIS, cap.toMillis());
    }

    @Override
    public synchronized void reset() {
        if (failures > 0) {
            log.info("Bot API reachable again after {} failed getUpdates calls", failures);
        }
        failures = 0;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long millis = delayFor(failures);
        failures++;
        if (failures == 1 || failures % 10 == 0) {
            log.warn("getUpdates failed ({} in a row); retrying in {} ms", failures, millis);
        }
        return millis;
    }

    long delayFor(int previousFailures) {
        long base = Math.min(capMillis, FIRST_MILLIS << Math.min(previousFailures, 20));
        long jitter = ThreadLocalRandom.current().nextLong(base / 5 + 1);
        return Math.min(capMillis, base - base / 10 + jitter);
    }
}
