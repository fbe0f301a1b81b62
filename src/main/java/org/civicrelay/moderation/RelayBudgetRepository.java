package org.civicrelay.moderation;

import java.time.Instant;
import org.civicrelay.suggestion.SuggestionRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code relay_budget} table: answers relayed per suggestion in the current hour's window. */
@Repository
class RelayBudgetRepository {

    static final long WINDOW_SECONDS = 3_600;

    private final JdbcClient jdbc;

    RelayBudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one answer if the window allows it: a new window starts an hour after the last one began. One
     * statement, so that answers handled at once are counted exactly. False when the window is full.
     */
    boolean take(SuggestionRef ref, Instant now, int perWindow) {
        return jdbc.sql("""
                INSERT INTO relay_budget (ref, window_start, answers) VALUES (:ref, :now, 1)
                ON CONFLICT (ref) DO UPDATE SET
                    window_start = CASE WHEN :now - window_start >= :window THEN :now ELSE window_start END,
                    answers = CASE WHEN :now - window_start >= :window THEN 1 ELSE answers + 1 END
                WHERE :now - window_start >= :window OR answers < :perWindow""")
                        .param("ref", ref.value())
                        .param("now", now.getEpochSecond())
                        .param("window", WINDOW_SECONDS)
                        .param("perWindow", perWindow)
                        .update()
                == 1;
    }

    int deleteWindowsBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM relay_budget WHERE window_start < :cutoff")
                .param("cutoff", cutoff.getEpochSecond())
                .update();
    }
}
