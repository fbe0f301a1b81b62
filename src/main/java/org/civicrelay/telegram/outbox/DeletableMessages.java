package org.civicrelay.telegram.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Retention;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final Clock clock;

    DeletableMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Pseudonym chat, int messageId) {
        jdbc.sql("INSERT INTO deletable_message (chat_key, message_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(chat.value(), messageId, clock.instant().getEpochSecond())
                .update();
    }

    /** The messages still deletable in this chat, oldest first. */
    public List<Integer> deletable(Pseudonym chat) {
        return jdbc.sql("SELECT message_id FROM deletable_message WHERE chat_key = ? AND at >= ? ORDER BY message_id")
                .params(chat.value(), clock.instant().minus(DELETABLE_FOR).getEpochSecond())
                .query(Integer.class).list();
    }

    public void forget(Pseudonym chat) {
        jdbc.sql("DELETE FROM deletable_message WHERE chat_key = ?").param(chat.value()).update();
    }

    @Override
    public String what() {
        return "deletable message ids";
    }

    @Override
    public int purge(Instant now) {
        return jdbc.sql("DELETE FROM deletable_message WHERE at < ?")
                .param(now.minus(DELETABLE_FOR).getEpochSecond()).update();
    }
}
