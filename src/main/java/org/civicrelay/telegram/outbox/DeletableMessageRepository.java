package org.civicrelay.telegram.outbox;

import java.time.Instant;
import java.util.List;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code deletable_message} table: a private chat's link under an epoch key, message ids and times; no content. */
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

    /** The message ids recorded under any of {@code links} (one chat's) at or after {@code since}, oldest first. */
    List<Integer> since(List<Pseudonym> links, Instant since) {
        if (links.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT message_id FROM deletable_message WHERE chat_key IN (:links) AND at >= :since
                ORDER BY message_id""")
                .param("links", values(links))
                .param("since", since.getEpochSecond())
                .query(Integer.class)
                .list();
    }

    void deleteChat(List<Pseudonym> links) {
        if (!links.isEmpty()) {
            jdbc.sql("DELETE FROM deletable_message WHERE chat_key IN (:links)")
                    .param("links", values(links))
                    .update();
        }
    }

    private static List<String> values(List<Pseudonym> links) {
        return links.stream().map(Pseudonym::value).toList();
    }

    int deleteAll() {
        return jdbc.sql("DELETE FROM deletable_message").update();
    }

    int deleteBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM deletable_message WHERE at < :cutoff")
                .param("cutoff", cutoff.getEpochSecond())
                .update();
    }
}
