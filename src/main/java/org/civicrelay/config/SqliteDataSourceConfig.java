package org.civicrelay.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the SQLite file explicitly: WAL, foreign keys, a busy timeout, secure delete (deleted rows are
 * overwritten), a WAL cut back to nothing whenever SQLite restarts it (journal_size_limit 0: old page images
 * do not linger at its end; the bot also truncates it every few seconds, see privacy's WalCheckpoint),
 * temporary data kept in memory rather than in stray files, and every commit synced to disk
 * (synchronous=FULL): an update is confirmed to Telegram only after its effects are committed, so a commit
 * that a power cut could still undo would lose an update Telegram will never send again. A pool of one
 * connection serialises every read and write: SQLite has one writer anyway, and this bot's load is small.
 * Before anything opens the file (Flyway included), this process takes the database's instance lock.
 */
@Configuration(proxyBeanMethods = false)
class SqliteDataSourceConfig {

    /**
     * Takes every module's settings as well, though it reads only the database path, and whatever must be
     * settled before the database ({@link BeforeDatabase}): they are then bound, validated and checked first,
     * so that a bad setting or a refused data key stops start-up before any file is created or opened.
     */
    @Bean(destroyMethod = "close")
    InstanceLock instanceLock(BotSettings settings, List<Settings> everyModulesSettings, List<BeforeDatabase> checks) {
        return InstanceLock.acquire(prepareFolder(DatabaseLocation.of(settings.dbPath())));
    }

    /** Takes the lock as its argument so that no connection can exist before the lock is held. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(InstanceLock lock) {
        return open(prepare(lock.database()));
    }

    static HikariDataSource open(Path file) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(10_000);
        sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
        sqlite.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        sqlite.setPragma(SQLiteConfig.Pragma.JOURNAL_SIZE_LIMIT, "0");
        SQLiteDataSource sqliteDataSource = new SQLiteDataSource(sqlite);
        sqliteDataSource.setUrl("jdbc:sqlite:" + file);

        HikariConfig pool = new HikariConfig();
        pool.setDataSource(sqliteDataSource);
        pool.setPoolName("sqlite");
        pool.setMaximumPoolSize(1);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(30_000);
        pool.setMaxLifetime(0);
        pool.setIdleTimeout(0);
        return new HikariDataSource(pool);
    }

    /**
     * Creates the folder (owner-only) and an empty database file readable by the owner only (SQLite gives
     * the -wal and -shm files the same permissions), each created with those permissions rather than
     * restricted afterwards, and fails with one clear line if that is impossible.
     */
    static Path prepare(Path configured) {
        Path file = prepareFolder(DatabaseLocation.of(configured));
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, ownerOnly(file, "rw-------"));
            }
        } catch (IOException | SecurityException e) {
            throw cannotCreate(e);
        }
        if (!Files.isRegularFile(file) || !Files.isWritable(file) || !Files.isWritable(file.getParent())) {
            throw new InvalidSettingException(
                    DatabaseLocation.SETTING, "the database file or its folder is not writable");
        }
        return file;
    }

    /** The database's folder, created readable by the owner only if it is missing; returns {@code file}. */
    static Path prepareFolder(Path file) {
        try {
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, ownerOnly(folder, "rwx------"));
            }
        } catch (IOException | SecurityException e) {
            throw cannotCreate(e);
        }
        return file;
    }

    private static InvalidSettingException cannotCreate(Exception e) {
        return new InvalidSettingException(
                DatabaseLocation.SETTING,
                "cannot create the database file (" + e.getClass().getSimpleName()
                        + "); check the folder exists or can be created and is writable");
    }

    /** The permissions to create a file or folder with (the process's umask can only narrow them). */
    private static FileAttribute<?>[] ownerOnly(Path path, String permissions) {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
            };
        }
        return new FileAttribute<?>[0];
    }
}
