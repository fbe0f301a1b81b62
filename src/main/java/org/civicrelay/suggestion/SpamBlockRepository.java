package org.civicrelay.suggestion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code spam_block} table (author keys: links under an epoch key, never ids; and when each block ends)
 * and the {@code spam_mark} table (which spam-marked suggestion a block comes from, so that it can be lifted).
 */
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
                        .param(
                                "authorKeys",
                                authorKeys.stream().map(Pseudonym::value).toList())
                        .param("now", now.getEpochSecond())
                        .query(Integer.class)
                        .single()
                > 0;
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

    /** Every block and mark: at a restart, when the epoch keys that recognise their authors are gone. */
    int deleteAll() {
        jdbc.sql("DELETE FROM spam_mark").update();
        return jdbc.sql("DELETE FROM spam_block").update();
    }

    void mark(String ref, String authorKey) {
        jdbc.sql("INSERT INTO spam_mark (ref, author_key) VALUES (:ref, :authorKey) ON CONFLICT (ref) DO NOTHING")
                .param("ref", ref)
                .param("authorKey", authorKey)
                .update();
    }

    /** The author key behind the spam mark of {@code ref}, if its block has not been lifted or purged. */
    Optional<String> markedAuthor(String ref) {
        return jdbc.sql("SELECT author_key FROM spam_mark WHERE ref = :ref")
                .param("ref", ref)
                .query(String.class)
                .optional();
    }

    /** Lifts the author's block and forgets every mark that led to it; true if a block was in force. */
    boolean lift(String authorKey, Instant now) {
        int blocks = jdbc.sql("DELETE FROM spam_block WHERE author_key = :authorKey AND until > :now")
                .param("authorKey", authorKey)
                .param("now", now.getEpochSecond())
                .update();
        jdbc.sql("DELETE FROM spam_block WHERE author_key = :authorKey")
                .param("authorKey", authorKey)
                .update();
        jdbc.sql("DELETE FROM spam_mark WHERE author_key = :authorKey")
                .param("authorKey", authorKey)
                .update();
        return blocks > 0;
    }

    int deleteEndedBy(Instant now) {
        int ended = jdbc.sql("DELETE FROM spam_block WHERE until <= :now")
                .param("now", now.getEpochSecond())
                .update();
        jdbc.sql("DELETE FROM spam_mark WHERE author_key NOT IN (SELECT author_key FROM spam_block)")
                .update();
        return ended;
    }
}
