package org.civicrelay.telegram.bot;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.stereotype.Component;

/**
 * A per-person allowance of updates, in memory only and keyed by pseudonym: a token bucket that lets a
 * person who writes normally (20 messages and presses within 15 seconds, and more) through untouched
 * and holds a flood to one update a second, so that one person cannot crowd out everyone else.
 * Nothing of it survives a restart, on purpose: it is protection, not a record.
 */
@Component
class FloodGuard {

    static final double BURST = 25;
    static final double PER_SECOND = 1;
    private static final long FORGET_AFTER_NANOS = 120_000_000_000L;

    enum Verdict {
        ALLOW,
        THROTTLE_FIRST,
        THROTTLE
    }

    private static final class Bucket {
        double tokens = BURST;
        long refilledAt;
        boolean throttled;

        Bucket(long now) {
            refilledAt = now;
        }
    }

    private final Map<Pseudonym, Bucket> buckets = new ConcurrentHashMap<>();
    private long lastSweep;

    /** Whether this person's update may be handled; THROTTLE_FIRST once per flood, to tell them why. */
    Verdict check(Pseudonym person, long nowNanos) {
        sweep(nowNanos);
        Bucket bucket = buckets.computeIfAbsent(person, key -> new Bucket(nowNanos));
        synchronized (bucket) {
            double elapsed = Math.max(0, (nowNanos - bucket.refilledAt) / 1e9);
            bucket.tokens = Math.min(BURST, bucket.tokens + elapsed * PER_SECOND);
            bucket.refilledAt = nowNanos;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                if (bucket.tokens >= BURST / 2) {
                    bucket.throttled = false;
                }
                return Verdict.ALLOW;
            }
            if (bucket.throttled) {
                return Verdict.THROTTLE;
            }
            bucket.throttled = true;
            return Verdict.THROTTLE_FIRST;
        }
    }

    int tracked() {
        return buckets.size();
    }

    /** Forgets every allowance, as a restart does; the in-process test harness starts each test afresh with it. */
    void forgetAll() {
        buckets.clear();
    }

    /** Forgets people whose bucket has been full for a while, so memory stays bounded. */
    private void sweep(long nowNanos) {
        if (nowNanos - lastSweep < FORGET_AFTER_NANOS / 4) {
            return;
        }
        lastSweep = nowNanos;
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next();
            if (nowNanos - bucket.refilledAt > FORGET_AFTER_NANOS) {
                it.remove();
            }
        }
    }
}
