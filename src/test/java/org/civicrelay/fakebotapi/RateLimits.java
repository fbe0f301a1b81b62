package org.civicrelay.fakebotapi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's flood control as the bot FAQ describes it: about 30 messages a second overall (a token bucket),
 * 20 a minute per group, short bursts only per private chat (a sliding window). Exceeding a limit gives 429
 * with {@code retry_after}; a scope under penalty answers 429 to every request until the penalty has
 * elapsed, and each such request prolongs it by the original {@code retry_after}, as the real server
 * punishes bots that ignore it.
 *
 * <p>Penalties are kept per scope: {@code global}, {@code chat:<id>}, and {@code method:<name>} (the last
 * only for injected 429s on methods that do not send messages). Penalties are enforced even when limits are
 * disabled, because an injected 429 must be respected too.
 */
final class RateLimits {

    private record Penalty(Instant until, int baseSeconds) {}

    private final FakeClock clock;
    private final Map<Long, Deque<Instant>> chatWindows = new HashMap<>();
    private final Map<String, Penalty> penalties = new HashMap<>();
    private boolean enabled = true;
    private double globalPerSecond = 30;
    private int groupPerMinute = 20;
    private int privatePerSecond = 3;
    private double tokens = 30;
    private Instant refilledAt;
    private int violations;

    RateLimits(FakeClock clock) {
        this.clock = clock;
        this.refilledAt = clock.now();
    }

    synchronized void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    synchronized void setGlobalRate(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive");
        }
        this.globalPerSecond = perSecond;
        this.tokens = capacity();
        this.refilledAt = clock.now();
    }

    synchronized void setGroupRate(int perMinute) {
        this.groupPerMinute = perMinute;
    }

    synchronized void setPrivateChatBurst(int perSecond) {
        this.privatePerSecond = perSecond;
    }

    synchronized int violations() {
        return violations;
    }

    /** Counts one message sent to {@code chatId}, or throws 429 if that exceeds a limit. */
    synchronized void acquire(long chatId, boolean groupLike, String method) throws ApiError {
        Instant now = clock.now();
        checkPenalty("method:" + method, now);
        checkPenalty("chat:" + chatId, now);
        checkPenalty("global", now);
        if (!enabled) {
            return;
        }
        refill(now);
        Duration span = groupLike ? Duration.ofMinutes(1) : Duration.ofSeconds(1);
        int max = groupLike ? groupPerMinute : privatePerSecond;
        Deque<Instant> window = chatWindows.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        while (!window.isEmpty() && !window.peekFirst().plus(span).isAfter(now)) {
            window.removeFirst();
        }
        if (window.size() >= max) {
            throw penalize(
                    "chat:" + chatId,
                    seconds(Duration.between(now, window.peekFirst().plus(span))),
                    now);
        }
        if (tokens < 1) {
            throw penalize("global", (int) Math.ceil((1 - tokens) / globalPerSecond), now);
        }
        tokens -= 1;
        window.addLast(now);
    }

    /** For requests that send nothing: only an injected penalty on the method applies. */
    synchronized void checkMethod(String method) throws ApiError {
        checkPenalty("method:" + method, clock.now());
    }

    /** Puts a scope under penalty after an injected 429. */
    synchronized void penalize(String scope, int seconds) {
        penalize(scope, seconds, clock.now());
    }

    private ApiError penalize(String scope, int seconds, Instant now) {
        int base = Math.max(1, seconds);
        penalties.put(scope, new Penalty(now.plusSeconds(base), base));
        return ApiError.tooManyRequests(base);
    }

    private void checkPenalty(String scope, Instant now) throws ApiError {
        Penalty penalty = penalties.get(scope);
        if (penalty == null) {
            return;
        }
        if (!now.isBefore(penalty.until())) {
            penalties.remove(scope);
            return;
        }
        violations++;
        Instant prolonged = penalty.until().plusSeconds(penalty.baseSeconds());
        penalties.put(scope, new Penalty(prolonged, penalty.baseSeconds()));
        throw ApiError.tooManyRequests(seconds(Duration.between(now, prolonged)));
    }

    private void refill(Instant now) {
        double elapsed = Math.max(0, Duration.between(refilledAt, now).toNanos() / 1e9);
        tokens = Math.min(capacity(), tokens + elapsed * globalPerSecond);
        refilledAt = now;
    }

    private double capacity() {
        return Math.max(1, globalPerSecond);
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
