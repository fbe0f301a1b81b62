package org.civicrelay.telegram.bot;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says what went wrong with getUpdates, one clear line per kind of trouble, and how long to wait before
 * the next call. A long outage is reported when it starts, every few minutes while it lasts, and when it
 * ends with how long it took, instead of one line per failed call. Not thread-safe: the poller's only.
 */
final class PollingTrouble {

    private static final Logger log = LoggerFactory.getLogger(PollingTrouble.class);
    static final Duration REMIND_EVERY = Duration.ofMinutes(5);

    /** What the poller should do next. */
    record Next(long waitMillis, boolean fatal, boolean deleteWebhook) {
        static Next after(long millis) {
            return new Next(millis, false, false);
        }
    }

    private enum Kind {
        NONE,
        UNREACHABLE,
        CONFLICT,
        REFUSED
    }

    private final CappedBackOff backOff;
    private final LongSupplier nanoTime;
    private Kind kind = Kind.NONE;
    private long since;
    private long lastReport;
    private int failures;
    private String last = "";

    PollingTrouble(Duration maxBackOff, LongSupplier nanoTime) {
        this.backOff = new CappedBackOff(maxBackOff);
        this.nanoTime = nanoTime;
    }

    /** A getUpdates call was answered with updates (or none): any trouble is over. */
    void succeeded() {
        if (kind == Kind.UNREACHABLE) {
            log.info(
                    "Bot API reachable again after {} down ({} failed getUpdates calls; last: {})",
                    human(elapsed()),
                    failures,
                    last);
        } else if (kind == Kind.CONFLICT) {
            log.info(
                    "Polling alone again after {} of conflicts (409) with another process using this token",
                    human(elapsed()));
        } else if (kind == Kind.REFUSED) {
            log.info("getUpdates accepted again after {} refused calls", failures);
        }
        kind = Kind.NONE;
        failures = 0;
        backOff.reset();
    }

    Next failed(RawBotApi.Answer outcome) {
        if (outcome instanceof RawBotApi.Refused refused) {
            return refused(refused);
        }
        RawBotApi.Unreachable unreachable = (RawBotApi.Unreachable) outcome;
        String cause = unreachable.status() == 0 ? unreachable.cause() : "HTTP " + unreachable.status();
        return unreachable(cause);
    }

    private Next refused(RawBotApi.Refused refused) {
        int status = refused.status();
        if (status == 401 || status == 404) {
            log.error(
                    "Invalid setting BOT_TOKEN (bot.token): Telegram rejects this token ({} {}): it was revoked or"
                            + " replaced in @BotFather; put the new token in BOT_TOKEN. Stopping",
                    status,
                    refused.category());
            return new Next(0, true, false);
        }
        if (status == 429) {
            int seconds = refused.retryAfter() == null ? 5 : Math.max(1, refused.retryAfter());
            log.warn("getUpdates: 429 Too Many Requests; waiting {} s as Telegram asks", seconds);
            return Next.after(seconds * 1_000L + 100);
        }
        if (status == 409) {
            return conflict(refused);
        }
        if (status >= 500) {
            return unreachable("HTTP " + status);
        }
        begin(Kind.REFUSED, status + " " + refused.category());
        if (failures == 1 || remind()) {
            log.warn(
                    "getUpdates refused ({} {}); {} in a row, retrying with back-off",
                    status,
                    refused.category(),
                    failures);
        }
        return Next.after(backOff.nextBackOffMillis());
    }

    private Next conflict(RawBotApi.Refused refused) {
        if (refused.category().contains("webhook")) {
            log.warn("getUpdates: 409 Conflict: a webhook is set for this token, which stops long polling;"
                    + " deleting the webhook (was it set by another program using this token?)");
            return new Next(backOff.nextBackOffMillis(), false, true);
        }
        boolean first = begin(Kind.CONFLICT, "409");
        if (first) {
            log.warn("getUpdates: 409 Conflict: another process is polling with this token: stop it, or revoke the"
                    + " token in @BotFather if it is not yours");
        } else if (remind()) {
            log.warn(
                    "getUpdates: still 409 Conflict after {} ({} calls): another process is polling with this"
                            + " token: stop it, or revoke the token in @BotFather if it is not yours",
                    human(elapsed()),
                    failures);
        }
        return Next.after(backOff.nextBackOffMillis());
    }

    private Next unreachable(String cause) {
        boolean first = begin(Kind.UNREACHABLE, cause);
        long wait = backOff.nextBackOffMillis();
        if (first) {
            log.warn(
                    "Bot API unreachable (getUpdates: {}); retrying with back-off, at most every {} s",
                    cause,
                    backOff.capMillis() / 1_000);
        } else if (remind()) {
            log.warn(
                    "Bot API still unreachable after {} ({} failed getUpdates calls; last: {})",
                    human(elapsed()),
                    failures,
                    cause);
        }
        return Next.after(wait);
    }

    /** Counts a failure of this kind; true if it starts a new episode. */
    private boolean begin(Kind next, String cause) {
        boolean first = kind != next;
        if (first) {
            kind = next;
            since = nanoTime.getAsLong();
            lastReport = since;
            failures = 0;
        }
        failures++;
        last = cause;
        return first;
    }

    private boolean remind() {
        long now = nanoTime.getAsLong();
        if (now - lastReport >= REMIND_EVERY.toNanos()) {
            lastReport = now;
            return true;
        }
        return false;
    }

    private Duration elapsed() {
        return Duration.ofNanos(nanoTime.getAsLong() - since);
    }

    /** "2 min 5 s", "800 ms": for people reading a log. */
    static String human(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 1) {
            return duration.toMillis() + " ms";
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3_600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3_600 + " h " + seconds % 3_600 / 60 + " min";
    }
}
