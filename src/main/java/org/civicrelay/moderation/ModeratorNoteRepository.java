package org.civicrelay.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicrelay.suggestion.SuggestionRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code moderator_note} table: moderators' notes on suggestions, by alias. */
@Repository
class ModeratorNoteRepository {

    /** Refs per DELETE: a year of decided suggestions stays well under SQLite's limit on parameters. */
    private static final String COLUMNS = "id, ref, moderator, body, written_at, sent_at";

    private final JdbcClient jdbc;

    ModeratorNoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(SuggestionRef ref, String moderator, String text, Instant at) {
        jdbc.sql("INSERT INTO moderator_note (ref, moderator, body, written_at) VALUES (:ref, :moderator, :body, :at)")
                .param("ref", ref.value())
                .param("moderator", moderator)
                .param("body", text)
                .param("at", at.getEpochSecond())
                .update();
        return jdbc.sql("SELECT last_insert_rowid()").query(Long.class).single();
    }

    Optional<Note> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM moderator_note WHERE id = :id")
                .param("id", id)
                .query(ModeratorNoteRepository::map)
                .optional();
    }

    /** The newest {@code limit} notes of a suggestion, oldest of them first. */
    List<Note> latest(SuggestionRef ref, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS + " FROM moderator_note WHERE ref = :ref"
                        + " ORDER BY id DESC LIMIT :limit) ORDER BY id")
                .param("ref", ref.value())
                .param("limit", limit)
                .query(ModeratorNoteRepository::map)
                .list();
    }

    int count(SuggestionRef ref) {
        return jdbc.sql("SELECT count(*) FROM moderator_note WHERE ref = :ref")
                .param("ref", ref.value())
                .query(Integer.class)
                .single();
    }

    /** Marks the note sent if it was not yet: true for exactly one of two moderators pressing at once. */
    boolean markSent(long id, Instant at) {
        return jdbc.sql("UPDATE moderator_note SET sent_at = :at WHERE id = :id AND sent_at IS NULL")
                        .param("at", at.getEpochSecond())
                        .param("id", id)
                        .update()
                == 1;
    }

    int deleteFor(List<SuggestionRef> refs) {
        return SuggestionRef.inSlices(
                refs,
                slice -> jdbc.sql("DELETE FROM moderator_note WHERE ref IN (:refs)")
                        .param("refs", slice)
                        .update());
    }

    private static Note map(ResultSet rs, int row) throws SQLException {
        long sentAt = rs.getLong("sent_at");
        Optional<Instant> sent = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(sentAt));
        return new Note(
                rs.getLong("id"),
                new SuggestionRef(rs.getString("ref")),
                rs.getString("moderator"),
                rs.getString("body"),
                Instant.ofEpochSecond(rs.getLong("written_at")),
                sent);
    }
}
