package org.civicrelay.telegram.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.civicrelay.privacy.Identities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues Bot API calls in SQLite, inside the caller's transaction, so that a reply or a card is sent
 * if and only if the change that caused it was stored. The sender is woken once the transaction commits.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    /**
     * Bulk and relayed rows one chat may have waiting: in a group (20 messages a minute) this is more than
     * five minutes of sending. Beyond it, such rows are dropped; replies and the moderators' work never are.
     */
    static final int BACKLOG_CAP = 100;

    private static final long WARN_EVERY_MILLIS = 60_000;

    private final AtomicLong lastCapWarning = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger droppedSinceWarning = new AtomicInteger();
    private final OutboxRepository rows;
    private final Identities identities;
    private final OutboxSignal signal;
    private final Clock clock;
    private final RandomGenerator random;
    private final long cardDelayMillis;

    Outbox(
            OutboxRepository rows,
            Identities identities,
            OutboxSignal signal,
            Clock clock,
            RandomGenerator secureRandom,
            OutboxSettings settings) {
        this.rows = rows;
        this.identities = identities;
        this.signal = signal;
        this.clock = clock;
        this.random = secureRandom;
        this.cardDelayMillis = settings.cardDelay().toMillis();
    }

    public boolean enqueue(long chatId, boolean groupChat, Lane lane, Outbound outbound) {
        return enqueue(chatId, groupChat, lane, outbound, null);
    }

    /** Queues the call; false if it was a bulk or relayed row dropped because its chat's backlog is full. */
    public boolean enqueue(long chatId, boolean groupChat, Lane lane, Outbound outbound, String onSent) {
        return enqueueHeld(chatId, groupChat, lane, outbound, onSent, Duration.ZERO);
    }

    /**
     * Queues a call that leaves no sooner than {@code hold} from now; until then it does not hold up the
     * chat's other messages. For cards and relayed answers, with {@link #cardDelay()}. False if it was a bulk
     * or relayed row dropped because its chat's backlog is full.
     */
    public boolean enqueueHeld(
            long chatId, boolean groupChat, Lane lane, Outbound outbound, String onSent, Duration hold) {
        String chatKey = identities.pseudonym(chatId).value();
        if (lane.yields() && rows.countYielding(chatKey) >= BACKLOG_CAP) {
            capped(lane);
            return false;
        }
        long now = clock.millis();
        rows.insert(lane, chatId, chatKey, groupChat, outbound, onSent, now, hold.isZero() ? 0 : now + hold.toMillis());
        wakeAfterCommit(lane);
        return true;
    }

    /** One line a minute at most, with the count: a flood must not flood the log as well. */
    private void capped(Lane lane) {
        int dropped = droppedSinceWarning.incrementAndGet();
        long now = clock.millis();
        long last = lastCapWarning.get();
        if (now - last >= WARN_EVERY_MILLIS && lastCapWarning.compareAndSet(last, now)) {
            droppedSinceWarning.addAndGet(-dropped);
            log.warn(
                    "Outbox backlog cap: a chat already has {} bulk or relayed messages waiting; dropped {} more"
                            + " (latest: {}). Replies, cards and the moderators' buttons are never dropped",
                    BACKLOG_CAP,
                    dropped,
                    lane);
        }
    }

    /**
     * A random delay, uniform between none and {@code BOT_CARD_DELAY}, for what reaches the moderators because
     * an author acted (a card, an answer): the moment it appears in their chat then no longer tells when the
     * author pressed Send, which anyone who sees the chat could match with a suspect's "last seen". One delay
     * per card, shared by all its copies, so that the earliest copy tells no more than any one.
     */
    public Duration cardDelay() {
        return cardDelayMillis == 0 ? Duration.ZERO : Duration.ofMillis(random.nextLong(cardDelayMillis + 1));
    }

    /** Queues the same call to chats stored sealed elsewhere (followers): each id is sealed again for its row. */
    public void enqueueAll(List<SealedChat> chats, Lane lane, Outbound outbound) {
        if (chats.isEmpty()) {
            return;
        }
        rows.insertAll(lane, chats, outbound, clock.millis());
        wakeAfterCommit(lane);
    }

    /** Messages waiting for a group that Telegram moved to a new id go to the new id instead. */
    void readdress(long fromChat, long toChat) {
        if (rows.readdress(
                        identities.pseudonym(fromChat).value(),
                        toChat,
                        identities.pseudonym(toChat).value(),
                        clock.millis())
                > 0) {
            wakeAfterCommit(Lane.MODERATION);
        }
    }

    /** The chat accepts messages again: what waited for it is due now. */
    public void wake(long chatId) {
        if (rows.wakeChat(identities.pseudonym(chatId).value(), clock.millis()) > 0) {
            wakeAfterCommit(Lane.MODERATION);
        }
    }

    private void wakeAfterCommit(Lane lane) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake(lane);
                }
            });
        } else {
            signal.wake(lane);
        }
    }
}
