package org.civicrelay.telegram.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Retention;
import org.springframework.stereotype.Component;

/**
 * The ids of the messages in each private chat that the bot may still delete, so that /wipe can clear
 * the conversation from the person's phone. Telegram lets a bot delete messages in a private chat for 48
 * hours, so nothing older is kept. No content, only the chat's pseudonym, message ids and times.
 */
@Component
public class DeletableMessages implements Retention {

    /** Telegram's limit, less a margin for clocks and queues. */
    static final Duration DELETABLE_FOR = Duration.ofHours(47);

    private final DeletableMessageRepository messages;
    private final Clock clock;

    DeletableMessages(DeletableMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public void record(Pseudonym chat, int messageId) {
        messages.insert(chat, messageId, clock.instant());
    }

    /** The messages still deletable in this chat, oldest first. */
    public List<Integer> deletable(Pseudonym chat) {
        return messages.since(chat, clock.instant().minus(DELETABLE_FOR));
    }

    public void forget(Pseudonym chat) {
        messages.deleteChat(chat);
    }

    @Override
    public String what() {
        return "deletable message ids";
    }

    @Override
    public int purge(Instant now) {
        return messages.deleteBefore(now.minus(DELETABLE_FOR));
    }
}
