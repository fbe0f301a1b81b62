package org.civicrelay.config;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/**
 * A real SQLite file opened exactly as the bot opens it ({@link SqliteDataSourceConfig}) and migrated
 * with the bot's own Flyway scripts, for persistence tests. Close it to simulate the process stopping.
 */
public final class SqliteTestDatabase {

    private SqliteTestDatabase() {}

    public static HikariDataSource open(Path dbFile) {
        // Without the instance lock: tests reopen a file in the same JVM to simulate a restart.
        HikariDataSource dataSource = SqliteDataSourceConfig.open(SqliteDataSourceConfig.prepare(dbFile));
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return dataSource;
    }
}
