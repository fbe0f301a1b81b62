package org.civicrelay.telegram.outbox;

import java.time.Clock;
import java.util.List;
import org.civicrelay.privacy.Identities;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues Bot API calls in SQLite, inside the caller's transaction, so that a reply or a card is sent
 * if and only if the change that caused it was stored. The sender is woken once the transaction commits.
 */
@Component
public class Outbox {

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

    public void enqueue(long chatId, boolean groupChat, Lane lane, Outbound outbound) {
        enqueue(chatId, groupChat, lane, outbound, null);
    }

    public void enqueue(long chatId, boolean groupChat, Lane lane, Outbound outbound, String onSent) {
        rows.insert(lane, chatId, identities.pseudonym(chatId).value(), groupChat, outbound, onSent, clock.millis());
        wakeAfterCommit(lane);
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
        if (rows.readdress(identities.pseudonym(fromChat).value(), toChat, identities.pseudonym(toChat).value(),
                clock.millis()) > 0) {
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
