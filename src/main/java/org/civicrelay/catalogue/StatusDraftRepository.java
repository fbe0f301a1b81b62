package org.civicrelay.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code status_draft} table: status changes being prepared by moderators. */
@Repository
class StatusDraftRepository {

    private static final String COLUMNS = "id, recommendation, status, note, note_given";

    private final JdbcClient jdbc;

    StatusDraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(RecommendationId id, String status, String note, boolean noteGiven, String chatKey, Instant at) {
        jdbc.sql("""
                INSERT INTO status_draft (recommendation, status, note, note_given, chat_key, created_at)
                VALUES (:id, :status, :note, :noteGiven, :chatKey, :at)""")
                .param("id", id.value())
                .param("status", status)
                .param("note", note)
                .param("noteGiven", noteGiven ? 1 : 0)
                .param("chatKey", chatKey)
                .param("at", at.getEpochSecond())
                .update();
        return jdbc.sql("SELECT last_insert_rowid()").query(Long.class).single();
    }

    Optional<StatusDraft> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM status_draft WHERE id = :id")
                .param("id", id)
                .query(StatusDraftRepository::map)
                .optional();
    }

    /** The draft whose note the bot asked for with message {@code messageId} in this chat. */
    Optional<StatusDraft> byPrompt(String chatKey, int messageId) {
        return jdbc.sql("""
                SELECT %s FROM status_draft WHERE chat_key = :chatKey AND prompt_message_id = :messageId
                ORDER BY id DESC LIMIT 1""".formatted(COLUMNS))
                .param("chatKey", chatKey)
                .param("messageId", messageId)
                .query(StatusDraftRepository::map)
                .optional();
    }

    /** The newest draft in this chat still waiting for its note, started after {@code since}. */
    Optional<StatusDraft> awaitingNote(String chatKey, Instant since) {
        return jdbc.sql("""
                SELECT %s FROM status_draft WHERE chat_key = :chatKey AND status IS NOT NULL AND note_given = 0
                  AND created_at >= :since ORDER BY id DESC LIMIT 1""".formatted(COLUMNS))
                .param("chatKey", chatKey)
                .param("since", since.getEpochSecond())
                .query(StatusDraftRepository::map)
                .optional();
    }

    void chooseStatus(long id, String status, String chatKey, int promptMessageId) {
        jdbc.sql("""
                UPDATE status_draft SET status = :status, note = NULL, note_given = 0, chat_key = :chatKey,
                    prompt_message_id = :prompt WHERE id = :id""")
                .param("status", status)
                .param("chatKey", chatKey)
                .param("prompt", promptMessageId)
                .param("id", id)
                .update();
    }

    void setNote(long id, String note) {
        jdbc.sql("UPDATE status_draft SET note = :note, note_given = 1 WHERE id = :id")
                .param("note", note)
                .param("id", id)
                .update();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM status_draft WHERE id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM status_draft WHERE created_at < :cutoff")
                .param("cutoff", cutoff.getEpochSecond())
                .update();
    }

    private static StatusDraft map(ResultSet rs, int row) throws SQLException {
        return new StatusDraft(
                rs.getLong("id"),
                new RecommendationId(rs.getString("recommendation")),
                Optional.ofNullable(rs.getString("status")),
                Optional.ofNullable(rs.getString("note")),
                rs.getInt("note_given") == 1);
    }
}
