package org.civicrelay.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Where the SQLite file is. The bot and the commands run beside it (backup) must find the same file, so
 * both resolve {@code BOT_DB_PATH} / {@code bot.db-path} here, against the same working folder.
 */
public final class DatabaseLocation {

    public static final String SETTING = "BOT_DB_PATH (bot.db-path)";

    private DatabaseLocation() {}

    /** The configured path as an absolute, normalised one, so that messages and lock files name one file. */
    public static Path of(Path configured) {
        return configured.toAbsolutePath().normalize();
    }

    /**
     * The database named by the settings in {@code environment}, read with the binder the bot's settings use.
     * Only this one setting is read: a backup should not fail because, say, the token is missing.
     */
    public static Path from(Environment environment) {
        return of(Binder.get(environment)
                .bind("bot.db-path", Path.class)
                .orElseGet(() -> Path.of(BotSettings.DEFAULT_DB_PATH)));
    }

    /** The lock file that keeps a second bot off this database: beside it, never the database itself. */
    static Path lockFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }
}
