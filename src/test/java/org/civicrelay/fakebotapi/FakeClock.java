package org.civicrelay.fakebotapi;

import java.time.Duration;
import java.time.Instant;

/**
 * Wall-clock time plus an offset that tests can move forward, so rules that depend on elapsed time
 * (48 h delete window, 15 s callback answers, rate-limit windows) can be tested without sleeping.
 */
final class FakeClock {

    private volatile Duration offset = Duration.ZERO;

    Instant now() {
        return Instant.now().plus(offset);
    }

    long epochSeconds() {
        return now().getEpochSecond();
    }

    synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the fake clock only moves forward");
        }
        offset = offset.plus(by);
    }
}
