package org.civicrelay.telegram.outbox;

import java.time.Instant;
import java.util.List;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code deletable_message} table: a private chat's pseudonym, message ids and times; no content. */
@Repository
class DeletableMessageRepository {

    private final JdbcClient jdbc;

    DeletableMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Pseudonym chat, int messageId, Instant at) {
        jdbc.sql("""
                INSERT INTO deletable_message (chat_key, message_id, at) VALUES (:chat, :messageId, :at)
                ON CONFLICT DO NOTHING""")
                .param("chat", chat.value())
                .param("messageId", messageId)
                .param("at", at.getEpochSecond())
                .update();
    }

    /** The chat's message ids recorded at or after {@code since}, oldest first. */
    List<Integer> since(Pseudonym chat, Instant since) {
        return jdbc.sql("SELECT message_id FROM deletable_message WHERE chat_key = :chat AND at >= :since ORDER BY message_id")
                .param("chat", chat.value())
                .param("since", since.getEpochSecond())
                .query(Integer.class).list();
    }

    void deleteChat(Pseudonym chat) {
        jdbc.sql("DELETE FROM deletable_message WHERE chat_key = :chat").param("chat", chat.value()).update();
    }

    int deleteBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM deletable_message WHERE at < :cutoff").param("cutoff", cutoff.getEpochSecond()).update();
    }
}
