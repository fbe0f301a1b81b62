package org.civicrelay.suggestion;

import java.time.Clock;
import java.time.Instant;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Retention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Authors stopped from submitting after a moderator marked their suggestion as spam. They are known only
 * by their author key (a pseudonym under the spam key), never by an id, and only until the block ends.
 */
@Repository
class SpamBlocks implements Retention {

    private final JdbcClient jdbc;
    private final Identities identities;
    private final Clock clock;

    SpamBlocks(JdbcClient jdbc, Identities identities, Clock clock) {
        this.jdbc = jdbc;
        this.identities = identities;
        this.clock = clock;
    }

    Pseudonym authorKey(Pseudonym author) {
        return identities.authorKey(author);
    }

    boolean isBlocked(Pseudonym author) {
        return jdbc.sql("SELECT count(*) FROM spam_block WHERE author_key = ? AND until > ?")
                .params(authorKey(author).value(), clock.instant().getEpochSecond())
                .query(Integer.class).single() > 0;
    }

    /** Blocks the author until {@code until}, or longer if they were already blocked for longer. */
    void block(String authorKey, Instant until) {
        jdbc.sql("""
                INSERT INTO spam_block (author_key, until) VALUES (?, ?)
                ON CONFLICT (author_key) DO UPDATE SET until = max(until, excluded.until)""")
                .params(authorKey, until.getEpochSecond())
                .update();
    }

    @Override
    public String what() {
        return "expired spam blocks";
    }

    @Override
    public int purge(Instant now) {
        return jdbc.sql("DELETE FROM spam_block WHERE until <= ?").param(now.getEpochSecond()).update();
    }
}
