package org.civicrelay.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.civicrelay.config.BotSettings;
import org.civicrelay.config.DatabaseLocation;
import org.civicrelay.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Empties SQLite's WAL file. secure_delete overwrites deleted rows in the database file, but the WAL keeps
 * copies of the pages as they were (a draft, a sent message, a sealed id) until a checkpoint copies the log
 * into the database and truncates it. So the log is truncated soon after anything was written, in batches
 * ({@link #scrub}, every {@code bot.retention.scrub-interval}, 30 s by default), after every purge, and
 * after /forget. Between checkpoints SQLite's journal_size_limit of 0 keeps the file no longer than what
 * was written since.
 */
@Component
public class WalCheckpoint {

    private static final Logger log = LoggerFactory.getLogger(WalCheckpoint.class);

    private final WalRepository wal;
    private final Path walFile;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "wal-checkpoint");
        thread.setDaemon(true);
        return thread;
    });

    WalCheckpoint(WalRepository wal, BotSettings settings) {
        this.wal = wal;
        Path database = DatabaseLocation.of(settings.dbPath());
        this.walFile = database.resolveSibling(database.getFileName() + "-wal");
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

    /** Truncates the WAL if anything was written to it since the last time; quietly retried next time if busy. */
    void scrub() {
        try {
            if (!Files.exists(walFile) || Files.size(walFile) == 0) {
                return;
            }
        } catch (IOException e) {
            // Gone between the two calls, or unreadable: the checkpoint below decides.
        }
        try {
            if (!wal.checkpointAndTruncate()) {
                log.debug("WAL scrub postponed (database busy)");
            }
        } catch (RuntimeException e) {
            log.warn("WAL scrub failed ({})", e.getClass().getSimpleName(), LogSafe.redact(e));
        }
    }

    /** Copies the WAL into the database file and empties it, now, on the caller's thread. */
    void truncate() {
        try {
            if (!wal.checkpointAndTruncate()) {
                log.warn("WAL checkpoint postponed (database busy); the next scrub will do it");
            }
        } catch (RuntimeException e) {
            log.warn("WAL checkpoint failed ({})", e.getClass().getSimpleName(), LogSafe.redact(e));
        }
    }
}
