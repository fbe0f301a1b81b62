package org.civicrelay.suggestion;

import java.time.Instant;
import java.util.List;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code spam_block} table: author keys (links under an epoch key, never ids) and when each block ends. */
@Repository
class SpamBlockRepository {

    private final JdbcClient jdbc;

    SpamBlockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether any of {@code authorKeys} (one person's links under the live epoch keys) is blocked now. */
    boolean isBlocked(List<Pseudonym> authorKeys, Instant now) {
        if (authorKeys.isEmpty()) {
            return false;
        }
        return jdbc.sql("SELECT count(*) FROM spam_block WHERE author_key IN (:authorKeys) AND until > :now")
                .param("authorKeys", authorKeys.stream().map(Pseudonym::value).toList())
                .param("now", now.getEpochSecond())
                .query(Integer.class).single() > 0;
    }

    /** Blocks until {@code until}, or longer if the author was already blocked for longer. */
    void block(String authorKey, Instant until) {
        jdbc.sql("""
                INSERT INTO spam_block (author_key, until) VALUES (:authorKey, :until)
                ON CONFLICT (author_key) DO UPDATE SET until = max(until, excluded.until)""")
                .param("authorKey", authorKey)
                .param("until", until.getEpochSecond())
                .update();
    }

    int deleteAll() {
        return jdbc.sql("DELETE FROM spam_block").update();
    }

    int deleteEndedBy(Instant now) {
        return jdbc.sql("DELETE FROM spam_block WHERE until <= :now").param("now", now.getEpochSecond()).update();
    }
}
