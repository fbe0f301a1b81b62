package org.civicrelay.telegram.outbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sender's part of the in-process harness ({@code org.civicrelay.telegram.InProcessBot}): the outbox
 * delivered at once, on the test's thread, without pacing. Rows are read as {@link OutboxSender} reads them
 * (the oldest due row of each chat, replies first) and settled by the sender's own code ({@link Delivery}): the call is made
 * through the bot's TelegramBots client, the row deleted once Telegram accepted it, sent hooks run (a card's
 * message id stored), deletable messages recorded, a 403 turned into {@code ChatGone}.
 */
public class InProcessDelivery {

    /** A row still due after this many attempts is a bug (the sender would spin on it), not a slow network. */
    private static final int MAX_ATTEMPTS = 5;

    private final OutboxRepository rows;
    private final Delivery delivery;
    private final Clock clock;

    InProcessDelivery(OutboxRepository rows, Delivery delivery, Clock clock) {
        this.rows = rows;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Sends every row that is due, and whatever becomes due meanwhile; returns how many calls were made. */
    public int deliverDue() {
        Map<Long, Integer> attempts = new HashMap<>();
        int made = 0;
        while (true) {
            List<OutboxRow> due = rows.nextDue(clock.millis(), 200);
            if (due.isEmpty()) {
                return made;
            }
            for (OutboxRow row : due) {
                if (attempts.merge(row.id(), 1, Integer::sum) > MAX_ATTEMPTS) {
                    throw new AssertionError("an outbox row (" + row.outbound().kind() + ") is still due after "
                            + MAX_ATTEMPTS + " attempts");
                }
                delivery.deliver(row);
                made++;
            }
        }
    }

    /** Rows left in the outbox, due or waiting. */
    public int queued() {
        return rows.count();
    }
}
