package org.civicrelay.telegram.bot;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Back-off between failed calls: doubling from half a second, with jitter, never more than the cap (60 s
 * by default), so that the bot is back within a minute of the Bot API. The library's own back-off grows
 * to 15 minutes. Reports nothing itself: {@link PollingTrouble} says what went wrong.
 */
final class CappedBackOff {

    private static final long FIRST_MILLIS = 500;

    private final long capMillis;
    private int failures;

    CappedBackOff(Duration cap) {
        this.capMillis = Math.max(FIRST_MILLIS, cap.toMillis());
    }

    void reset() {
        failures = 0;
    }

    long nextBackOffMillis() {
        return delayFor(failures++);
    }

    long capMillis() {
        return capMillis;
    }

    long delayFor(int previousFailures) {
        long base = Math.min(capMillis, FIRST_MILLIS << Math.min(previousFailures, 20));
        long jitter = ThreadLocalRandom.current().nextLong(base / 5 + 1);
        return Math.min(capMillis, base - base / 10 + jitter);
    }
}
