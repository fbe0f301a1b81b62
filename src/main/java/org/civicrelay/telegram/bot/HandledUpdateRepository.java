package org.civicrelay.telegram.bot;

import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code handled_update} table: update ids already handled, so that updates redelivered after a crash are dropped. */
@Repository
class HandledUpdateRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    HandledUpdateRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the update as handled; false if it already was. */
    boolean markHandled(long updateId) {
        return jdbc.sql("INSERT INTO handled_update (update_id, handled_at) VALUES (:id, :now) ON CONFLICT DO NOTHING")
                        .param("id", updateId)
                        .param("now", clock.instant().getEpochSecond())
                        .update()
                == 1;
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM handled_update WHERE handled_at < :cutoff")
                .param("cutoff", cutoff.getEpochSecond())
                .update();
    }
}
