package org.civicrelay.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQLite's write-ahead log, the one store that no table owns: old copies of changed pages stay in it
 * until a checkpoint copies the log into the database file and empties it.
 */
@Repository
class WalRepository {

    private final JdbcClient jdbc;

    WalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Checkpoints and truncates the WAL now; false when SQLite was too busy to finish (nothing is lost). */
    boolean checkpointAndTruncate() {
        return jdbc.sql("PRAGMA wal_checkpoint(TRUNCATE)")
                        .query((rs, row) -> rs.getInt(1))
                        .single()
                == 0;
    }
}
