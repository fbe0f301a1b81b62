package org.civicrelay.privacy;

import org.civicrelay.logging.LogSafe;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Empties SQLite's WAL file after an erasure. secure_delete overwrites deleted rows in the database
 * file, but the WAL keeps copies of the pages as they were until a checkpoint; after /forget that copy
 * should not wait for the daily purge.
 */
@Component
public class WalCheckpoint {

    private static final Logger log = LoggerFactory.getLogger(WalCheckpoint.class);

    private final WalRepository wal;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "wal-checkpoint");
        thread.setDaemon(true);
        return thread;
    });

    WalCheckpoint(WalRepository wal) {
        this.wal = wal;
    }

    /** Once the current transaction has committed (or at once, outside one), in the background. */
    public void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runner.execute(WalCheckpoint.this::truncate);
                }
            });
        } else {
            runner.execute(this::truncate);
        }
    }

    /** Copies the WAL into the database file and empties it, now, on the caller's thread. */
    void truncate() {
        try {
            if (!wal.checkpointAndTruncate()) {
                log.warn("WAL checkpoint postponed (database busy); the next purge will do it");
            }
        } catch (RuntimeException e) {
            log.warn("WAL checkpoint failed ({})", e.getClass().getSimpleName(), LogSafe.redact(e));
        }
    }
}
