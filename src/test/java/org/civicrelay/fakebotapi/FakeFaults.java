package org.civicrelay.fakebotapi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ways the real Bot API fails a bot, switched on and off by tests: a revoked token, a getUpdates that
 * keeps failing, a network that drops connections, a second instance polling with the same token, an nginx
 * outage, one-shot errors. Reached through {@link FakeTelegram#faults()}.
 *
 * <p>Each fault also ends long polls already waiting, as the real server (or network) would, so a bot never
 * sits out a 50-second poll before noticing.
 */
public final class FakeFaults {

    private final FakeContext ctx;
    private final List<Instant> pollTimes = new CopyOnWriteArrayList<>();
    private final List<Long> rivalReceived = new CopyOnWriteArrayList<>();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean revoked;
    private volatile boolean dropping;
    private volatile boolean outage;
    private volatile ApiError getUpdatesFailure;
    private volatile Duration lateAnswers = Duration.ZERO;
    private RivalPoller rival;

    FakeFaults(FakeContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Revokes the bot's token, as BotFather's /revoke does: from now on every request, waiting long polls
     * included, answers {@code 401 {"ok":false,"error_code":401,"description":"Unauthorized"}}. Irreversible,
     * like the real thing: a test that wants the bot back starts a new fake with a new token.
     */
    public void revokeToken() {
        revoked = true;
        ctx.queue.wakeUp();
    }

    public boolean tokenRevoked() {
        return revoked;
    }

    /**
     * Makes every {@code getUpdates} (waiting ones too) answer this error until {@link #restoreGetUpdates()}:
     * {@code {"ok":false,"error_code":status,"description":description}} plus
     * {@code "parameters":{"retry_after":n}} when {@code retryAfter} is given. A 502 is answered with nginx's
     * HTML page instead, as Telegram's front end does. Other methods keep working.
     */
    public void failGetUpdates(int status, String description, Integer retryAfter) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an HTTP error status, 4xx or 5xx");
        }
        getUpdatesFailure = new ApiError(status, description, retryAfter);
        ctx.queue.wakeUp();
    }

    public void restoreGetUpdates() {
        getUpdatesFailure = null;
    }

    /**
     * While on, the server closes every connection (waiting long polls too) without sending any HTTP answer,
     * as a broken network does: the client sees an {@link java.io.IOException}. Nothing is recorded as a call
     * or a rejection; {@link #droppedConnections()} counts them.
     */
    public void dropConnections(boolean drop) {
        dropping = drop;
        ctx.queue.wakeUp();
    }

    public int droppedConnections() {
        return dropped.get();
    }

    /**
     * When each {@code getUpdates} request reached the fake, oldest first, whatever it was answered (dropped,
     * 401, 409, injected errors included), on the <em>wall clock</em> ({@link Instant#now()}), not the fake's
     * movable clock, so gaps between polls measure the bot's real back-off. The rival poller is not included.
     */
    public List<Instant> pollTimes() {
        return List.copyOf(pollTimes);
    }

    /** While on, every request (waiting long polls too) gets HTTP 502 Bad Gateway with nginx's HTML page. */
    public void setOutage(boolean on) {
        outage = on;
        ctx.queue.wakeUp();
    }

    /**
     * Answers the next call of {@code method} with this error instead of handling it. A 429 with
     * {@code retryAfter} also starts a penalty that a too-early retry prolongs, as the server does.
     */
    public void failNext(String method, int httpStatus, String description, Integer retryAfter) {
        ctx.injected
                .computeIfAbsent(ctx.schema.canonical(method), m -> new ConcurrentLinkedQueue<>())
                .add(new ApiError(httpStatus, description, retryAfter));
    }

    /**
     * Answers every call but getUpdates this much later than it takes effect, as a slow network between the
     * bot and Telegram does: a sent message is already in the chat (a person can read and answer it) while the
     * bot still waits for its {@code message_id}. {@link Duration#ZERO} ends it.
     */
    public void answerLate(Duration delay) {
        lateAnswers = delay;
    }

    /**
     * Starts a second poller inside the fake with the bot's token, as a leaked token or a forgotten second
     * instance would be: it long-polls again as soon as the bot's poll knocks it off, so the bot's own polls
     * keep ending with {@code 409 "Conflict: terminated by other getUpdates request; make sure that only one
     * bot instance is running"}, and it takes (and confirms) whatever updates it is handed.
     */
    public synchronized void startRivalPoller() {
        if (rival == null) {
            rival = RivalPoller.start(ctx, rivalReceived::add);
        }
    }

    /** Stops the rival poller and waits for it to end; the bot's next poll then succeeds. */
    public synchronized void stopRivalPoller() {
        if (rival != null) {
            rival.stop();
            rival = null;
        }
    }

    /** The ids of the updates the rival poller took (and so the bot will never see), oldest first. */
    public List<Long> rivalReceivedUpdateIds() {
        return List.copyOf(rivalReceived);
    }

    // ---- for the HTTP front and the update queue

    void recordPoll() {
        pollTimes.add(Instant.now());
    }

    void countDropped() {
        dropped.incrementAndGet();
    }

    Duration lateAnswers() {
        return lateAnswers;
    }

    boolean dropping() {
        return dropping;
    }

    boolean revoked() {
        return revoked;
    }

    boolean outage() {
        return outage;
    }

    /** The injected getUpdates failure, or null. */
    ApiError getUpdatesFailure() {
        return getUpdatesFailure;
    }

    /** What ends a waiting long poll now, or null: the same faults a new request would meet. */
    ApiError interruption() {
        if (dropping) {
            return ApiError.dropped();
        }
        if (revoked) {
            return ApiError.unauthorized();
        }
        if (outage) {
            return new ApiError(502, "Bad Gateway", null);
        }
        return getUpdatesFailure;
    }
}
