package org.civicrelay.fakebotapi;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting on a condition with a deadline, polling every 10 ms; on timeout an AssertionError that explains. */
final class Awaits {

    private static final long POLL_MILLIS = 10;

    private Awaits() {}

    /** Waits until {@code probe} returns non-null and returns it. */
    static <T> T until(Supplier<T> probe, Duration timeout, Supplier<String> description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(
                        "Timed out after " + timeout.toMillis() + " ms waiting for " + description.get());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + description.get(), e);
            }
        }
    }

    static void untilTrue(BooleanSupplier condition, Duration timeout, Supplier<String> description) {
        until(() -> condition.getAsBoolean() ? Boolean.TRUE : null, timeout, description);
    }
}
