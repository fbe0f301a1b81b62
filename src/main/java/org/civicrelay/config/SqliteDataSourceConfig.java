package org.civicrelay.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the SQLite file explicitly: WAL, foreign keys, a busy timeout, secure delete (deleted rows are
 * overwritten), temporary data kept in memory rather than in stray files. A pool of one connection
 * serialises every read and write: SQLite has one writer anyway, and this bot's load is small.
 */
@Configuration(proxyBeanMethods = false)
class SqliteDataSourceConfig {

    @Bean(destroyMethod = "close")
    DataSource dataSource(BotSettings settings) {
        Path file = prepare(settings.dbPath());
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(10_000);
        sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
        sqlite.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
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
     * Creates the folder and an empty database file readable by the owner only (SQLite gives the -wal
     * and -shm files the same permissions), and fails with one clear line if that is impossible.
     */
    static Path prepare(Path configured) {
        Path file = configured.toAbsolutePath().normalize();
        try {
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                ownerOnly(folder, "rwx------");
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
                ownerOnly(file, "rw-------");
            }
        } catch (IOException | SecurityException e) {
            throw new InvalidSettingException("BOT_DB_PATH (bot.db-path)",
                    "cannot create the database file (" + e.getClass().getSimpleName() + "); check the folder exists or can be created and is writable");
        }
        if (!Files.isRegularFile(file) || !Files.isWritable(file) || !Files.isWritable(file.getParent())) {
            throw new InvalidSettingException("BOT_DB_PATH (bot.db-path)",
                    "the database file or its folder is not writable");
        }
        return file;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
