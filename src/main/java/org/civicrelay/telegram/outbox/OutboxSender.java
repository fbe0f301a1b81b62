package org.civicrelay.telegram.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.civicrelay.logging.LogSafe;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The single sender: every Bot API call the bot makes in answer to people (replies, cards,
 * notifications) leaves through here, in lane order, within Telegram's limits ({@link Pacing}).
 * A row is deleted only after Telegram accepted it, so after a crash only the few calls in flight can
 * be repeated. 429 stops everything for retry_after; 403 erases what was kept for that chat; 400 drops
 * the call and logs why; network trouble is retried with back-off.
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int IN_FLIGHT = 4;
    private static final int BATCH = 200;
    private static final long IDLE_POLL_MILLIS = 1_000;
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final Duration MODERATORS_PROBE_EVERY = Duration.ofMinutes(2);
    /**
     * Telegram takes the answer to a button press for about 15 seconds after the press; later it refuses it
     * ("query is too old"), and the person's spinner has long stopped. Kept a little shorter, because the press
     * was made before the bot read it.
     */
    static final Duration CALLBACK_ANSWER_WINDOW = Duration.ofSeconds(12);

    private final OutboxRepository rows;
    private final BotApiCalls api;
    private final Identities identities;
    private final OutboxSignal signal;
    private final SentHooks hooks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Pacing pacing;
    private final DeletableMessages deletableMessages;
    private final ModeratorChat moderatorChat;
    private final SenderWatch watch;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final Set<Long> rowsInFlight = ConcurrentHashMap.newKeySet();
    private final ChatsInFlight chatsInFlight;
    /**
     * Rows whose attempt ended since the dispatcher last read the queue. The dispatcher works through a
     * list read earlier; without this, a row sent (and deleted) meanwhile would look due again.
     */
    private final Set<Long> settledSinceRead = ConcurrentHashMap.newKeySet();

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong tooManyRequests = new AtomicLong();

    private volatile boolean running;
    private Thread dispatcher;
    private ExecutorService workers;

    OutboxSender(
            OutboxRepository rows,
            BotApiCalls api,
            Identities identities,
            OutboxSignal signal,
            SentHooks hooks,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            OutboxSettings settings,
            DeletableMessages deletableMessages,
            ModeratorChat moderatorChat,
            SenderWatch watch,
            ChatsInFlight chatsInFlight) {
        this.chatsInFlight = chatsInFlight;
        this.deletableMessages = deletableMessages;
        this.moderatorChat = moderatorChat;
        this.watch = watch;
        this.rows = rows;
        this.api = api;
        this.identities = identities;
        this.signal = signal;
        this.hooks = hooks;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.pacing = new Pacing(settings.sendRate());
    }

    @Override
    public void start() {
        running = true;
        workers = Executors.newFixedThreadPool(IN_FLIGHT, daemon("outbox-worker"));
        dispatcher = daemon("outbox-dispatcher").newThread(this::dispatchLoop);
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

    long sentCount() {
        return sent.get();
    }

    long tooManyRequestsCount() {
        return tooManyRequests.get();
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
            deliver(row);
        } finally {
            settledSinceRead.add(row.id());
            rowsInFlight.remove(row.id());
            chatsInFlight.ended(row.chatKey());
            inFlight.release();
            signal.wake(Lane.BULK);
        }
    }

    /**
     * Makes the row's call and settles the row by Telegram's answer: deleted once sent (its hook run), erased
     * with its chat on 403, kept for later on trouble. On the caller's thread; package-private so that the
     * in-process test harness can deliver the outbox synchronously, exactly as the sender settles it.
     */
    void deliver(OutboxRow row) {
        try {
            if (tooLate(row, clock.millis())) {
                done(row, Optional.empty()); // after a restart or a long pause: a late answer would only be refused
                return;
            }
            long chatId = identities.open(row.chat());
            if (row.outbound().kind() == Outbound.Kind.LEAVE_CHAT && isModeratorsChat(chatId)) {
                done(row, Optional.empty()); // the moderators' group under its new id: stay
                return;
            }
            Optional<Integer> messageId = api.call(chatId, row.outbound());
            sent.incrementAndGet();
            if (row.groupChat() && moderatorChat.is(chatId) && moderatorChat.reachable()) {
                transactions.executeWithoutResult(status -> rows.wakeChat(row.chatKey(), clock.millis()));
            }
            done(row, messageId);
        } catch (TelegramApiRequestException refused) {
            refused(row, refused);
        } catch (TelegramApiException | RuntimeException trouble) {
            retryLater(row, trouble);
        }
    }

    /** An answer to a button press that Telegram would no longer take. */
    static boolean tooLate(OutboxRow row, long nowMillis) {
        return row.outbound().kind() == Outbound.Kind.ANSWER_CALLBACK
                && nowMillis - row.createdAtMillis() > CALLBACK_ANSWER_WINDOW.toMillis();
    }

    private void done(OutboxRow row, Optional<Integer> messageId) {
        transactions.executeWithoutResult(status -> {
            if (!rows.delete(row.id())) {
                return; // erased while in flight (/forget, a 403): record nothing that could link the chat again
            }
            if (!row.groupChat() && row.outbound().isNewMessage() && messageId.isPresent()) {
                deletableMessages.record(new Pseudonym(row.chatKey()), messageId.get());
            }
            if (row.onSent() != null) {
                hooks.sent(row.onSent(), messageId, new Pseudonym(row.chatKey()));
            }
        });
    }

    /**
     * Whether a chat the bot is about to leave is really the moderators' group under a new id: a group
     * upgraded to a supergroup can show up (a message, the bot's membership) before the move is announced.
     */
    private boolean isModeratorsChat(long chatId) {
        if (moderatorChat.is(chatId)) {
            return true;
        }
        Optional<Long> current = moderatorChat.current();
        if (current.isEmpty() || !BotApiCalls.isBasicGroup(current.get())) {
            return false;
        }
        Optional<Long> movedTo = api.movedTo(current.get());
        if (movedTo.isPresent()) {
            transactions.executeWithoutResult(status -> moderatorChat.moved(current.get(), movedTo.get()));
        }
        return moderatorChat.is(chatId);
    }

    private void refused(OutboxRow row, TelegramApiRequestException refused) {
        int code = refused.getErrorCode() == null ? 0 : refused.getErrorCode();
        String reason = BotApiErrors.category(refused.getApiResponse());
        Long movedTo =
                refused.getParameters() == null ? null : refused.getParameters().getMigrateToChatId();
        if (movedTo != null && row.groupChat()) {
            long from = identities.open(row.chat());
            // The group became a supergroup: follow it if it is the moderators' (this row goes along, now due).
            boolean followed =
                    transactions.execute(status -> moderatorChat.moved(from, movedTo) || moderatorChat.is(movedTo));
            if (!followed || row.outbound().kind() != Outbound.Kind.SEND) {
                log.warn(
                        "Bot API refused {} ({} {}); dropping it",
                        row.outbound().kind(),
                        code,
                        reason);
                transactions.executeWithoutResult(status -> rows.delete(row.id()));
            }
            return;
        }
        if (row.groupChat() && moderatorChat.is(identities.open(row.chat())) && BotApiErrors.cannotPost(code, reason)) {
            moderatorChat.refused(code + " " + reason);
            waitForModerators(row);
            return;
        }
        if (code == 429) {
            tooManyRequests.incrementAndGet();
            Integer retryAfter = refused.getParameters() == null
                    ? null
                    : refused.getParameters().getRetryAfter();
            long seconds = retryAfter == null ? 5 : retryAfter;
            log.warn("Bot API asked to slow down (429); pausing all sending for {} s", seconds);
            pacing.pause(seconds, System.nanoTime());
        } else if (code == 403) {
            log.info("Chat unreachable (403: {}); erasing what was kept for it", reason);
            // Every module erases what it kept for the chat, its queued messages included (ChatErasure).
            transactions.executeWithoutResult(
                    status -> events.publishEvent(new ChatGone(new Pseudonym(row.chatKey()))));
        } else if (code == 400 && BotApiErrors.isHarmless(reason)) {
            done(row, Optional.empty());
        } else if (code >= 500 || code == 0) {
            retryLater(row, refused);
        } else {
            log.warn("Bot API refused {} ({} {}); dropping it", row.outbound().kind(), code, reason);
            transactions.executeWithoutResult(status -> rows.delete(row.id()));
        }
    }

    /** Cards and answers for a moderators' chat that refuses the bot wait, however long, probing now and then. */
    private void waitForModerators(OutboxRow row) {
        long backOff = Math.min(MODERATORS_PROBE_EVERY.toMillis(), 5_000L << Math.min(row.attempts(), 10));
        transactions.executeWithoutResult(status -> rows.retryLater(row.id(), clock.millis() + backOff));
    }

    private void retryLater(OutboxRow row, Exception trouble) {
        if (clock.millis() - row.createdAtMillis() > GIVE_UP_AFTER.toMillis()
                && !(row.groupChat() && moderatorChat.is(identities.open(row.chat())))) {
            log.warn(
                    "Giving up on {} after {} attempts ({})",
                    row.outbound().kind(),
                    row.attempts(),
                    trouble.getClass().getSimpleName());
            transactions.executeWithoutResult(status -> rows.delete(row.id()));
            return;
        }
        long backOff = Math.min(60_000L, 500L << Math.min(row.attempts(), 7));
        log.warn(
                "Sending {} failed ({}); retrying in {} ms",
                row.outbound().kind(),
                trouble.getClass().getSimpleName(),
                backOff);
        transactions.executeWithoutResult(status -> rows.retryLater(row.id(), clock.millis() + backOff));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong counter = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
