package org.civicrelay.moderation;

import java.util.List;
import java.util.Optional;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.suggestion.SuggestionRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code moderator_message} table: the bot's messages in moderators' chats and the suggestion each stands for. */
@Repository
class ModeratorMessageRepository {

    /** Refs per DELETE: a year of decided suggestions stays well under SQLite's limit on parameters. */
    private final JdbcClient jdbc;

    ModeratorMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Pseudonym chat, int messageId, SuggestionRef ref, boolean card) {
        jdbc.sql("""
                INSERT INTO moderator_message (chat_key, message_id, ref, card) VALUES (:chat, :messageId, :ref, :card)
                ON CONFLICT (chat_key, message_id) DO UPDATE SET ref = excluded.ref, card = excluded.card""")
                .param("chat", chat.value())
                .param("messageId", messageId)
                .param("ref", ref.value())
                .param("card", card ? 1 : 0)
                .update();
    }

    /**
     * A request for the question to ask an author: kept in the same table, marked by {@code card = 2}, so that
     * it goes with the suggestion's other messages; {@link #find} and {@link #card} leave it out.
     */
    void saveQuestionPrompt(Pseudonym chat, int messageId, SuggestionRef ref) {
        jdbc.sql("""
                INSERT INTO moderator_message (chat_key, message_id, ref, card) VALUES (:chat, :messageId, :ref, 2)
                ON CONFLICT (chat_key, message_id) DO UPDATE SET ref = excluded.ref, card = excluded.card""")
                .param("chat", chat.value())
                .param("messageId", messageId)
                .param("ref", ref.value())
                .update();
    }

    Optional<SuggestionRef> findQuestionPrompt(Pseudonym chat, int messageId) {
        return jdbc.sql(
                        "SELECT ref FROM moderator_message WHERE chat_key = :chat AND message_id = :messageId AND card = 2")
                .param("chat", chat.value())
                .param("messageId", messageId)
                .query((rs, row) -> new SuggestionRef(rs.getString("ref")))
                .optional();
    }

    Optional<SuggestionRef> find(Pseudonym chat, int messageId) {
        return jdbc.sql(
                        "SELECT ref FROM moderator_message WHERE chat_key = :chat AND message_id = :messageId AND card < 2")
                .param("chat", chat.value())
                .param("messageId", messageId)
                .query((rs, row) -> new SuggestionRef(rs.getString("ref")))
                .optional();
    }

    Optional<Integer> card(Pseudonym chat, SuggestionRef ref) {
        return jdbc.sql("""
                SELECT message_id FROM moderator_message WHERE chat_key = :chat AND ref = :ref AND card = 1
                ORDER BY message_id LIMIT 1""")
                .param("chat", chat.value())
                .param("ref", ref.value())
                .query(Integer.class)
                .optional();
    }

    /** Every copy of the suggestion's card in that chat (a card shown again from /queue is one more), oldest first. */
    List<Integer> cards(Pseudonym chat, SuggestionRef ref) {
        return jdbc.sql("SELECT message_id FROM moderator_message WHERE chat_key = :chat AND ref = :ref AND card = 1"
                        + " ORDER BY message_id")
                .param("chat", chat.value())
                .param("ref", ref.value())
                .query(Integer.class)
                .list();
    }

    /** Deletes the messages of these suggestions; returns how many went. */
    int deleteFor(List<SuggestionRef> refs) {
        return SuggestionRef.inSlices(
                refs,
                slice -> jdbc.sql("DELETE FROM moderator_message WHERE ref IN (:refs)")
                        .param("refs", slice)
                        .update());
    }
}
