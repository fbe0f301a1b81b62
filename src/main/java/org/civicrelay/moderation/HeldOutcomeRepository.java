package org.civicrelay.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.SuggestionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code held_outcome} table: decisions whose message to the author waits out the undo window. */
@Repository
class HeldOutcomeRepository {

    /** A held decision: what undo returns to, who decided and when, and when it is announced. */
    record Held(SuggestionRef ref, SuggestionState fromState, String moderator, Instant decidedAt, Instant releaseAt) {}

    private final JdbcClient jdbc;

    HeldOutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Held held) {
        jdbc.sql("""
                INSERT INTO held_outcome (ref, from_state, moderator, decided_at, release_at)
                VALUES (:ref, :fromState, :moderator, :decidedAt, :releaseAt)
                ON CONFLICT (ref) DO UPDATE SET moderator = excluded.moderator, decided_at = excluded.decided_at,
                    release_at = excluded.release_at""")
                .param("ref", held.ref().value())
                .param("fromState", held.fromState().name())
                .param("moderator", held.moderator())
                .param("decidedAt", held.decidedAt().getEpochSecond())
                .param("releaseAt", held.releaseAt().getEpochSecond())
                .update();
    }

    Optional<Held> find(SuggestionRef ref) {
        return jdbc.sql("SELECT ref, from_state, moderator, decided_at, release_at FROM held_outcome WHERE ref = :ref")
                .param("ref", ref.value())
                .query(HeldOutcomeRepository::map)
                .optional();
    }

    /** Removes the row; true for exactly one of two callers (an undo and the release racing). */
    boolean delete(SuggestionRef ref) {
        return jdbc.sql("DELETE FROM held_outcome WHERE ref = :ref")
                        .param("ref", ref.value())
                        .update()
                == 1;
    }

    List<Held> dueBy(Instant now, int limit) {
        return jdbc.sql("""
                SELECT ref, from_state, moderator, decided_at, release_at FROM held_outcome
                WHERE release_at <= :now ORDER BY release_at LIMIT :limit""")
                .param("now", now.getEpochSecond())
                .param("limit", limit)
                .query(HeldOutcomeRepository::map)
                .list();
    }

    private static Held map(ResultSet rs, int row) throws SQLException {
        return new Held(
                new SuggestionRef(rs.getString("ref")),
                SuggestionState.valueOf(rs.getString("from_state")),
                rs.getString("moderator"),
                Instant.ofEpochSecond(rs.getLong("decided_at")),
                Instant.ofEpochSecond(rs.getLong("release_at")));
    }
}
