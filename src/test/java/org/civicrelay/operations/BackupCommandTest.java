package org.civicrelay.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import org.civicrelay.config.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How main() tells the backup command from a start of the bot, and what the command accepts. */
class BackupCommandTest {

    @Test
    void only_backup_as_the_first_argument_is_the_command() {
        assertThat(BackupCommand.isAskedFor("backup", "copy.db")).isTrue();
        assertThat(BackupCommand.isAskedFor("backup"))
                .as("then refused with the usage, not a start of the bot")
                .isTrue();
        assertThat(BackupCommand.isAskedFor()).isFalse();
        assertThat(BackupCommand.isAskedFor("--spring.main.banner-mode=off")).isFalse();
        assertThat(BackupCommand.isAskedFor("--backup", "copy.db")).isFalse();
        assertThat(BackupCommand.isAskedFor("Backup", "copy.db")).isFalse();
        assertThat(BackupCommand.isAskedFor("copy.db", "backup")).isFalse();
    }

    @Test
    void the_file_is_the_one_argument_after_backup() {
        assertThat(BackupCommand.target("backup", "/var/backups/civic-relay-monday.db"))
                .isEqualTo(Path.of("/var/backups/civic-relay-monday.db"));
        assertThat(BackupCommand.target("backup", "monday.db")).isEqualTo(Path.of("monday.db"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a.db b.db"})
    void anything_but_exactly_one_file_is_refused_with_the_usage(String rest) {
        String[] args = rest.isEmpty()
                ? new String[] {"backup"}
                : rest.isBlank() ? new String[] {"backup", rest} : ("backup " + rest).split(" ");

        assertThatExceptionOfType(Refusal.class)
                .isThrownBy(() -> BackupCommand.target(args))
                .satisfies(refusal -> assertThat(refusal.oneLine())
                        .isEqualTo(BackupCommand.USAGE)
                        .startsWith("Usage: backup FILE")
                        .doesNotContain("\n"));
    }

    @Test
    void a_path_the_file_system_cannot_name_is_refused() {
        assertThatExceptionOfType(Refusal.class)
                .isThrownBy(() -> BackupCommand.target("backup", "bad\0name.db"))
                .withMessageStartingWith("Cannot back up to that FILE: it is not a valid path");
    }
}
