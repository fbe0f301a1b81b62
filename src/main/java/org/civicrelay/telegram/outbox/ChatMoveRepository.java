package org.civicrelay.telegram.outbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code chat_move} table: group ids Telegram replaced by a supergroup's, and by which. */
@Repository
class ChatMoveRepository {

    private final JdbcClient jdbc;

    ChatMoveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long from, long to, Instant at) {
        jdbc.sql("""
                INSERT INTO chat_move (from_chat, to_chat, moved_at) VALUES (:from, :to, :at)
                ON CONFLICT (from_chat) DO UPDATE SET to_chat = excluded.to_chat""")
                .param("from", from)
                .param("to", to)
                .param("at", at.getEpochSecond())
                .update();
    }

    /** Every recorded move, from the old id to the new one. */
    Map<Long, Long> all() {
        Map<Long, Long> moves = new HashMap<>();
        jdbc.sql("SELECT from_chat, to_chat FROM chat_move").query(rs -> {
            moves.put(rs.getLong(1), rs.getLong(2));
        });
        return moves;
    }
}
