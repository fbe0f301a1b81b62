package org.civicrelay.telegram.outbox;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.civicrelay.config.DaemonThreads;
import org.civicrelay.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The single sender: every Bot API call the bot makes in answer to people (replies, cards,
 * notifications) leaves through here, in lane order, within Telegram's limits ({@link Pacing}).
 * A row is deleted only after Telegram accepted it, so after a crash only the few calls in flight can
 * be repeated. This class decides when a row goes (lanes, pacing, one call per chat at a time, a few in
 * flight); {@link Delivery} makes the call and settles the row by Telegram's answer.
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int IN_FLIGHT = 4;
    private static final int BATCH = 200;
    private static final long IDLE_POLL_MILLIS = 1_000;

    private final OutboxRepository rows;
    private final Delivery delivery;
    private final OutboxSignal signal;
    private final Clock clock;
    private final Pacing pacing;
    private final SenderWatch watch;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final Set<Long> rowsInFlight = ConcurrentHashMap.newKeySet();
    private final ChatsInFlight chatsInFlight;
    /**
     * Rows whose attempt ended since the dispatcher last read the queue. The dispatcher works through a
     * list read earlier; without this, a row sent (and deleted) meanwhile would look due again.
     */
    private final Set<Long> settledSinceRead = ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private Thread dispatcher;
    private ExecutorService workers;

    OutboxSender(
            OutboxRepository rows,
            Delivery delivery,
            OutboxSignal signal,
            Clock clock,
            Pacing pacing,
            SenderWatch watch,
            ChatsInFlight chatsInFlight) {
        this.rows = rows;
        this.delivery = delivery;
        this.signal = signal;
        this.clock = clock;
        this.pacing = pacing;
        this.watch = watch;
        this.chatsInFlight = chatsInFlight;
    }

    @Override
    public void start() {
        running = true;
        workers = Executors.newFixedThreadPool(IN_FLIGHT, DaemonThreads.named("outbox-worker"));
        dispatcher = DaemonThreads.named("outbox-dispatcher").newThread(this::dispatchLoop);
        dispatcher.start();
    }

    @Override
    public void stop() {
        running = false;
        if (dispatcher != null) {
            dispatcher.interrupt();
        }
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workers.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the poller (which queues work) and before the data source closes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }

    private void dispatchLoop() {
        long lastCleanup = System.nanoTime();
        while (running) {
            try {
                long wait = dispatchOnce();
                watch.senderPassed();
                if (System.nanoTime() - lastCleanup > Pacing.MINUTE) {
                    pacing.forgetIdle(System.nanoTime());
                    lastCleanup = System.nanoTime();
                }
                if (wait > 0) {
                    signal.await(wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error(
                        "Outbox dispatch failed ({}); retrying in a second",
                        e.getClass().getSimpleName(),
                        LogSafe.redact(e));
                sleepQuietly(1_000);
            }
        }
    }

    /** Dispatches what may go now; returns how many milliseconds to wait before looking again (0: at once). */
    private long dispatchOnce() throws InterruptedException {
        long paused = pacing.pauseRemaining(System.nanoTime());
        if (paused > 0) {
            // In steps of at most a second: a long retry_after is a pause, not a stall, for the heartbeat.
            Thread.sleep(Math.min(1_000, TimeUnit.NANOSECONDS.toMillis(paused) + 1));
            return 0;
        }
        signal.takeReplyPending();
        settledSinceRead.clear();
        List<OutboxRow> due = rows.nextDue(clock.millis(), BATCH);
        if (due.isEmpty()) {
            long next = rows.nextNotBefore();
            return next == Long.MAX_VALUE
                    ? IDLE_POLL_MILLIS
                    : Math.min(IDLE_POLL_MILLIS, Math.max(1, next - clock.millis()));
        }
        long soonest = IDLE_POLL_MILLIS * 1_000_000;
        boolean dispatched = false;
        Set<String> seen = new HashSet<>();
        for (OutboxRow row : due) {
            if (!running || pacing.pauseRemaining(System.nanoTime()) > 0) {
                return 0;
            }
            if (row.lane() != Lane.REPLY && signal.takeReplyPending()) {
                return 0; // a person is waiting: read the queue again so that their reply goes first
            }
            if (rowsInFlight.contains(row.id())
                    || settledSinceRead.contains(row.id())
                    || chatsInFlight.contains(row.chatKey())
                    || !seen.add(row.chatKey())) {
                continue;
            }
            long now = System.nanoTime();
            long chatWait = pacing.chatWait(row, now);
            if (chatWait > 0) {
                soonest = Math.min(soonest, chatWait);
                continue;
            }
            long globalWait = pacing.globalWait(row, now);
            if (globalWait > 0) {
                TimeUnit.NANOSECONDS.sleep(globalWait);
            }
            inFlight.acquire();
            // A 429 may have come back while this thread slept or waited for a free worker: sending now
            // would be an early retry, which Telegram punishes by prolonging the penalty.
            if (!running || pacing.pauseRemaining(System.nanoTime()) > 0) {
                inFlight.release();
                return 0;
            }
            pacing.taken(row, System.nanoTime());
            rowsInFlight.add(row.id());
            chatsInFlight.started(row.chatKey());
            workers.execute(() -> send(row));
            dispatched = true;
        }
        return dispatched ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(soonest));
    }

    private void send(OutboxRow row) {
        try {
            delivery.deliver(row);
        } finally {
            settledSinceRead.add(row.id());
            rowsInFlight.remove(row.id());
            chatsInFlight.ended(row.chatKey());
            inFlight.release();
            signal.wake(Lane.BULK);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
