package org.civicrelay.telegram.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicrelay.privacy.EpochKeys;
import org.civicrelay.privacy.EpochLinked;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Retention;
import org.springframework.stereotype.Component;

/**
 * The ids of the messages in each private chat that the bot may still delete, so that /wipe can clear
 * the conversation from the person's phone. Telegram lets a bot delete messages in a private chat for 48
 * hours, so nothing older is kept. No content: message ids and times, filed under the chat's link under the
 * current epoch key ({@link EpochKeys}), never its lasting pseudonym: once that key is destroyed (the
 * anonymity window after its epoch began, 48 hours by default) the rows are linked to nobody, and they go.
 * The times would otherwise tell, to the second, when a person used the bot. The keys live in memory only:
 * after a restart /wipe knows only the messages since, and the older rows are erased.
 */
@Component
public class DeletableMessages implements Retention, EpochLinked {

    /** Telegram's limit, less a margin for clocks and queues. */
    static final Duration DELETABLE_FOR = Duration.ofHours(47);

    private final DeletableMessageRepository messages;
    private final EpochKeys epochKeys;
    private final Clock clock;

    DeletableMessages(DeletableMessageRepository messages, EpochKeys epochKeys, Clock clock) {
        this.messages = messages;
        this.epochKeys = epochKeys;
        this.clock = clock;
    }

    public void record(Pseudonym chat, int messageId) {
        messages.insert(epochKeys.current(chat), messageId, clock.instant());
    }

    /** The messages still deletable in this chat, oldest first. */
    public List<Integer> deletable(Pseudonym chat) {
        return messages.since(epochKeys.live(chat), clock.instant().minus(DELETABLE_FOR));
    }

    public void forget(Pseudonym chat) {
        messages.deleteChat(epochKeys.live(chat));
    }

    /**
     * How long a message's id is kept at most: Telegram's limit, or the anonymity window if shorter. (/wipe
     * reaches back at least the window less one epoch: ids recorded under a key that is gone are not found.)
     */
    public Duration keptAtMost() {
        return epochKeys.window().compareTo(DELETABLE_FOR) < 0 ? epochKeys.window() : DELETABLE_FOR;
    }

    @Override
    public String what() {
        return "deletable message ids";
    }

    /** At start-up: the keys of earlier runs are gone, and with them any way to find these rows. */
    @Override
    public int forgetEveryLink() {
        return messages.deleteAll();
    }

    /** Rows past Telegram's limit, and rows whose epoch key is gone (unfindable, so useless). */
    @Override
    public int purge(Instant now) {
        Instant byTelegram = now.minus(DELETABLE_FOR);
        Instant byKeys = epochKeys.oldestLinkable(now);
        return messages.deleteBefore(byTelegram.isAfter(byKeys) ? byTelegram : byKeys);
    }
}
