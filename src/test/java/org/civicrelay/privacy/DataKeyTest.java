package org.civicrelay.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.civicrelay.config.InvalidSettingException;
import org.civicrelay.config.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataKeyTest {

    @TempDir
    Path folder;

    @Test
    void a_set_BOT_DATA_KEY_is_used_and_no_key_file_is_written() {
        DataKey key = key(" " + TestSettings.DATA_KEY + "\n");

        assertThat(key.derive("purpose")).hasSize(32).isEqualTo(key(TestSettings.DATA_KEY).derive("purpose"));
        assertThat(key.derive("purpose")).isNotEqualTo(key.derive("another purpose"));
        assertThat(folder.resolve(DataKey.KEY_FILE_NAME)).doesNotExist();
    }

    @Test
    void without_BOT_DATA_KEY_a_key_file_readable_by_the_owner_only_is_created_and_reused() throws IOException {
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path dbPath = folder.resolve("data").resolve("civic-relay.db");

        DataKey created = DataKey.from(null, dbPath);

        Path keyFile = folder.resolve("data").resolve(DataKey.KEY_FILE_NAME);
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).trim())).hasSize(32);
        DataKey reread = DataKey.from(" ", dbPath);
        assertThat(reread.derive("civic-relay/pseudonym/v1")).isEqualTo(created.derive("civic-relay/pseudonym/v1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 at all!", "c2VjcmV0", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8fIA=="})
    void a_malformed_BOT_DATA_KEY_stops_start_up_naming_the_setting_without_echoing_it(String malformed) {
        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> key(malformed))
                .satisfies(e -> {
                    assertThat(e.setting()).isEqualTo("BOT_DATA_KEY (bot.data-key)");
                    assertThat(e.oneLine()).startsWith("Invalid setting BOT_DATA_KEY (bot.data-key): ")
                            .doesNotContain(malformed).doesNotContain("\n");
                });
    }

    @Test
    void a_damaged_key_file_stops_start_up_naming_BOT_DATA_KEY() throws IOException {
        Files.writeString(folder.resolve(DataKey.KEY_FILE_NAME), "truncated\n", StandardCharsets.US_ASCII);

        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> key(null))
                .satisfies(e -> assertThat(e.oneLine()).contains("BOT_DATA_KEY").contains(DataKey.KEY_FILE_NAME));
    }

    /** The key as start-up reads it, for a database in the test's folder. */
    private DataKey key(String dataKey) {
        return DataKey.from(dataKey, folder.resolve("civic-relay.db"));
    }
}
