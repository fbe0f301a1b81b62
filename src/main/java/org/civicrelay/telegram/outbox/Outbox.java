package org.civicrelay.telegram.outbox;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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

    Outbox(OutboxRepository rows, Identities identities, OutboxSignal signal, Clock clock) {
        this.rows = rows;
        this.identities = identities;
        this.signal = signal;
        this.clock = clock;
    }

    public boolean enqueue(long chatId, boolean groupChat, Lane lane, Outbound outbound) {
        return enqueue(chatId, groupChat, lane, outbound, null);
    }

    /** Queues the call; false if it was a bulk or relayed row dropped because its chat's backlog is full. */
    public boolean enqueue(long chatId, boolean groupChat, Lane lane, Outbound outbound, String onSent) {
        String chatKey = identities.pseudonym(chatId).value();
        if (lane.yields() && rows.countYielding(chatKey) >= BACKLOG_CAP) {
            capped(lane);
            return false;
        }
        rows.insert(lane, identities.seal(chatId), chatKey, groupChat, outbound, onSent, clock.millis());
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
            log.warn("Outbox backlog cap: a chat already has {} bulk or relayed messages waiting; dropped {} more"
                    + " (latest: {}). Replies, cards and the moderators' buttons are never dropped", BACKLOG_CAP, dropped,
                    lane);
        }
    }

    /** Queues the same call to chats stored sealed elsewhere (followers): the sealed ids are reused as they are. */
    public void enqueueAll(List<SealedChat> chats, Lane lane, Outbound outbound) {
        if (chats.isEmpty()) {
            return;
        }
        rows.insertAll(lane, chats, outbound, clock.millis());
        wakeAfterCommit(lane);
    }

    /** Messages waiting for a group that Telegram moved to a new id go to the new id instead. */
    void readdress(long fromChat, long toChat) {
        if (rows.readdress(identities.pseudonym(fromChat).value(), identities.seal(toChat),
                identities.pseudonym(toChat).value(), clock.millis()) > 0) {
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
