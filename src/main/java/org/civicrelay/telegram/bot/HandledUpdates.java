package org.civicrelay.telegram.bot;

import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The update ids already handled, so that updates redelivered after a crash are dropped. */
@Repository
class HandledUpdates {

    private final JdbcClient jdbc;
    private final Clock clock;

    HandledUpdates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the update as handled; false if it already was. */
    boolean markHandled(long updateId) {
        return jdbc.sql("INSERT INTO handled_update (update_id, handled_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(updateId, clock.instant().getEpochSecond())
                .update() == 1;
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM handled_update WHERE handled_at < ?").param(cutoff.getEpochSecond()).update();
    }
}
