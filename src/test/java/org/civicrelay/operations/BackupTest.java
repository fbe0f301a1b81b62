package org.civicrelay.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.civicrelay.config.Refusal;
import org.civicrelay.config.SqliteTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The backup against a real database held open as the running bot holds it; kill -9 is OperationsE2ETest's. */
class BackupTest {

    @TempDir
    Path folder;

    Path database;
    Path backups;
    HikariDataSource live;

    @BeforeEach
    void aLiveDatabase() throws IOException {
        database = folder.resolve("data/civic-relay.db");
        backups = Files.createDirectories(folder.resolve("backups"));
        live = SqliteTestDatabase.open(database);
        JdbcClient jdbc = JdbcClient.create(live);
        for (int i = 0; i < 50; i++) {
            jdbc.sql("INSERT INTO audit_entry (at, moderator, action, subject) VALUES (?, 'anna', 'accept', ?)")
                    .params(1_700_000_000 + i, "S-TEST" + i)
                    .update();
        }
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void writes_a_complete_copy_only_its_owner_can_read_and_leaves_nothing_else_behind() throws Exception {
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path target = backups.resolve("monday.db");

        Backup.Written written = new Backup(database).to(target);

        assertThat(written.file()).isEqualTo(target);
        assertThat(written.bytes()).isEqualTo(Files.size(target)).isPositive();
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(query(target, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(query(target, "SELECT count(*) FROM audit_entry")).isEqualTo("50");
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void never_replaces_an_existing_file() throws IOException {
        Path target = Files.writeString(backups.resolve("precious.db"), "last week's backup");

        assertThatExceptionOfType(Refusal.class)
                .isThrownBy(() -> new Backup(database).to(target))
                .satisfies(refusal -> assertThat(refusal.oneLine())
                        .isEqualTo("Cannot back up to " + target
                                + ": it already exists, and a backup never replaces a file; choose a new name"));
        assertThat(Files.readString(target)).isEqualTo("last week's backup");
    }

    @Test
    void a_relative_target_is_taken_from_the_working_folder_and_named_absolutely() {
        Path relative =
                Path.of("target", "backup-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".db");
        try {
            assertThat(new Backup(database).to(relative).file())
                    .isEqualTo(relative.toAbsolutePath())
                    .exists();
        } finally {
            relative.toFile().delete();
        }
    }

    @Test
    void refuses_a_folder_that_does_not_exist() {
        Path target = folder.resolve("nowhere/backup.db");

        assertThatExceptionOfType(Refusal.class)
                .isThrownBy(() -> new Backup(database).to(target))
                .withMessage("Cannot back up to " + target + ": its folder does not exist");
    }

    @Test
    void refuses_when_there_is_no_database_and_does_not_create_one() {
        Path missing = folder.resolve("elsewhere/civic-relay.db");

        assertThatExceptionOfType(Refusal.class)
                .isThrownBy(() -> new Backup(missing).to(backups.resolve("backup.db")))
                .satisfies(refusal -> assertThat(refusal.oneLine())
                        .startsWith(
                                "Cannot back up: there is no database at " + missing + " (BOT_DB_PATH (bot.db-path))"));
        assertThat(missing).doesNotExist();
        assertThat(backups.resolve("backup.db")).doesNotExist();
    }

    @Test
    void removes_what_killed_backups_left_but_not_the_work_of_one_still_running() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path killed = Files.createDirectories(backups.resolve(Backup.WORK_FOLDER_PREFIX + finished.pid() + "-1"));
        Files.writeString(killed.resolve(Backup.WORK_FILE), "half a database");
        Path running = Files.createDirectories(backups.resolve(
                Backup.WORK_FOLDER_PREFIX + ProcessHandle.current().pid() + "-2"));
        Path unrelated = Files.createDirectories(backups.resolve(".civic-relay-backup-notes"));

        new Backup(database).to(backups.resolve("tuesday.db"));

        assertThat(killed).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
    }

    private static String query(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            return rows.getString(1);
        }
    }
}
