package org.civicrelay.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.config.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every period a maximum, and no old page image left in the WAL for long. */
class RetentionJobTest {

    private static final Instant NOW = Instant.parse("2026-11-14T10:00:00Z");

    @TempDir
    Path folder;

    private HikariDataSource database;
    private JdbcClient jdbc;
    private WalCheckpoint checkpoint;

    @BeforeEach
    void open() {
        Path file = folder.resolve("civic-relay.db");
        database = SqliteTestDatabase.open(file);
        jdbc = JdbcClient.create(database);
        checkpoint = new WalCheckpoint(
                new WalRepository(jdbc), TestSettings.bot().dbPath(file).build());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void each_run_purges_what_would_pass_its_period_before_the_next_run() {
        List<Instant> asked = new ArrayList<>();
        Retention recorder = new Retention() {
            @Override
            public String what() {
                return "test records";
            }

            @Override
            public int purge(Instant now) {
                asked.add(now);
                return 0;
            }
        };
        PrivacySettings settings = new PrivacySettings(
                TestSettings.DATA_KEY, new PrivacySettings.RetentionPeriods(Duration.ofDays(2), Duration.ofMinutes(5)));

        new RetentionJob(List.of(recorder), checkpoint, Clock.fixed(NOW, ZoneOffset.UTC), settings).runOnce();

        assertThat(asked).containsExactly(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void the_scrub_empties_the_wal_once_anything_was_written_and_leaves_an_empty_one_alone() throws IOException {
        jdbc.sql("INSERT INTO meta (name, value) VALUES ('scrub-test', 'Tern-shoal-7712')")
                .update();
        jdbc.sql("DELETE FROM meta WHERE name = 'scrub-test'").update();
        Path wal = folder.resolve("civic-relay.db-wal");
        assertThat(Files.size(wal))
                .as("the deleted row's page images are in the WAL")
                .isPositive();

        checkpoint.scrub();

        assertThat(wal).isEmptyFile();
        assertThat(new String(
                        Files.readAllBytes(folder.resolve("civic-relay.db")),
                        java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("secure_delete: gone from the database file too")
                .doesNotContain("Tern-shoal-7712");
        checkpoint.scrub(); // nothing written since: nothing to do
        assertThat(wal).isEmptyFile();
    }
}
