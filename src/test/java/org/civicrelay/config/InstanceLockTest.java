package org.civicrelay.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock itself; that another process is kept out, and let in after a kill -9, is OperationsE2ETest's. */
class InstanceLockTest {

    @TempDir
    Path folder;

    @Test
    void a_second_holder_is_refused_with_one_line_naming_the_database_and_its_lock_file() throws IOException {
        Path database = folder.resolve("civic-relay.db");
        try (InstanceLock first = InstanceLock.acquire(database)) {
            assertThat(first.database()).isEqualTo(database);

            assertThatExceptionOfType(Refusal.class)
                    .isThrownBy(() -> InstanceLock.acquire(database))
                    .satisfies(refusal -> assertThat(refusal.oneLine())
                            .isEqualTo("Another Civic Relay process is "
                                    + "already running on " + database + " (its lock file " + database
                                    + ".lock is held); "
                                    + "stop it first"));
        }
    }

    @Test
    void the_lock_file_is_the_owners_only_holds_the_pid_and_is_free_again_once_released() throws IOException {
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path database = folder.resolve("civic-relay.db");
        Path lockFile = folder.resolve("civic-relay.db.lock");

        InstanceLock.acquire(database).close();

        assertThat(Files.getPosixFilePermissions(lockFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(lockFile).trim())
                .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
        assertThat(database)
                .as("the lock never creates or touches the database itself")
                .doesNotExist();
        try (InstanceLock again = InstanceLock.acquire(database)) {
            assertThat(again.database()).isEqualTo(database);
        }
    }

    @Test
    void a_lock_file_that_cannot_be_created_is_a_one_line_refusal_naming_BOT_DB_PATH() {
        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() ->
                        InstanceLock.acquire(folder.resolve("missing-folder").resolve("civic-relay.db")))
                .satisfies(e -> assertThat(e.oneLine())
                        .startsWith("Invalid setting BOT_DB_PATH (bot.db-path): " + "cannot open the lock file")
                        .doesNotContain("\n"));
    }
}
