package org.civicrelay.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Stream;
import org.civicrelay.config.InvalidSettingException;
import org.civicrelay.config.TestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the data key comes from, and the rules that keep it apart from the data. */
class DataKeyTest {

    @TempDir
    Path folder;
    /** The database lives in a folder of its own, as by default ({@code ./data/civic-relay.db}). */
    Path dbPath;

    @BeforeEach
    void layout() throws IOException {
        dbPath = folder.resolve("data").resolve("civic-relay.db");
        Files.createDirectories(dbPath.getParent());
    }

    @Test
    void a_set_BOT_DATA_KEY_is_used_and_no_key_file_is_written() {
        DataKey key = from(" " + TestSettings.DATA_KEY + "\n", null, false);

        assertThat(key.derive("purpose"))
                .hasSize(32)
                .isEqualTo(DataKey.of(TestSettings.DATA_KEY).derive("purpose"));
        assertThat(key.derive("purpose")).isNotEqualTo(key.derive("another purpose"));
        assertThat(folder.resolve(DataKey.KEY_FILE_NAME)).doesNotExist();
        assertThat(dbPath.resolveSibling(DataKey.KEY_FILE_NAME)).doesNotExist();
    }

    @Test
    void without_a_key_setting_a_key_file_is_generated_outside_the_database_folder_owner_only_and_reused()
            throws IOException {
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");

        DataKey created = from(null, null, false);

        Path keyFile = folder.resolve(DataKey.KEY_FILE_NAME);
        assertThat(created.isGenerated()).isTrue();
        assertThat(created.generatedFile()).isEqualTo(keyFile);
        assertThat(dbPath.resolveSibling(DataKey.KEY_FILE_NAME))
                .as("never beside the database")
                .doesNotExist();
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).trim())).hasSize(32);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("no temporary file left")
                    .containsExactlyInAnyOrder("data", DataKey.KEY_FILE_NAME);
        }
        DataKey reread = from(" ", null, false);
        assertThat(reread.isGenerated()).isFalse();
        assertThat(reread.derive("civic-relay/pseudonym/v1")).isEqualTo(created.derive("civic-relay/pseudonym/v1"));
    }

    @Test
    void a_key_file_left_in_the_database_folder_is_refused_whatever_else_is_set() throws IOException {
        Path leftover = dbPath.resolveSibling(DataKey.KEY_FILE_NAME);
        Files.writeString(leftover, TestSettings.DATA_KEY + "\n", StandardCharsets.US_ASCII);

        for (String inline : new String[] {null, TestSettings.DATA_KEY}) {
            assertThatExceptionOfType(InvalidSettingException.class)
                    .isThrownBy(() -> from(inline, null, false))
                    .satisfies(e -> assertThat(e.oneLine())
                            .contains(leftover.toString(), "database's folder", "BOT_DATA_KEY_FILE")
                            .doesNotContain(TestSettings.DATA_KEY));
        }
    }

    @Test
    void BOT_DATA_KEY_FILE_is_read_when_only_its_owner_may_read_it() throws IOException {
        Path secret = ownerOnlySecret(TestSettings.DATA_KEY);

        DataKey key = from(null, secret, true);

        assertThat(key.derive("purpose"))
                .isEqualTo(DataKey.of(TestSettings.DATA_KEY).derive("purpose"));
        assertThat(key.isGenerated()).isFalse();
        assertThat(folder.resolve(DataKey.KEY_FILE_NAME)).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw-r--r--", "rw-rw----", "rw-----w-"})
    void a_key_file_others_may_read_or_change_is_refused(String permissions) throws IOException {
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path secret = ownerOnlySecret(TestSettings.DATA_KEY);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString(permissions));

        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> from(null, secret, false))
                .satisfies(e -> assertThat(e.oneLine())
                        .startsWith("Invalid setting BOT_DATA_KEY_FILE (bot.data-key-file): ")
                        .contains(permissions, "chmod 600")
                        .doesNotContain(TestSettings.DATA_KEY));
    }

    @Test
    void a_generated_key_file_that_others_may_read_is_refused_too() throws IOException {
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        from(null, null, false);
        Files.setPosixFilePermissions(
                folder.resolve(DataKey.KEY_FILE_NAME), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> from(null, null, false))
                .satisfies(e -> assertThat(e.oneLine()).contains("can be read or changed by others"));
    }

    @Test
    void a_BOT_DATA_KEY_FILE_inside_the_database_folder_is_refused() throws IOException {
        Path inside = dbPath.resolveSibling("secrets").resolve("data.key");
        Files.createDirectories(inside.getParent());
        Files.writeString(inside, TestSettings.DATA_KEY, StandardCharsets.US_ASCII);

        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> from(null, inside, false))
                .satisfies(e -> assertThat(e.oneLine())
                        .startsWith("Invalid setting BOT_DATA_KEY_FILE")
                        .contains("inside the database's folder"));
    }

    @Test
    void a_missing_BOT_DATA_KEY_FILE_or_both_settings_at_once_are_refused() throws IOException {
        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> from(null, folder.resolve("nowhere.key"), false))
                .satisfies(e -> assertThat(e.oneLine()).contains("BOT_DATA_KEY_FILE", "not a readable file"));
        Path secret = ownerOnlySecret(TestSettings.DATA_KEY);
        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> from(TestSettings.DATA_KEY, secret, false))
                .satisfies(e -> assertThat(e.oneLine()).contains("set only one of them"));
    }

    @Test
    void where_a_key_is_required_no_key_is_generated() {
        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> from(null, null, true))
                .satisfies(e -> assertThat(e.oneLine())
                        .startsWith("Invalid setting BOT_DATA_KEY (bot.data-key): ")
                        .contains("BOT_DATA_KEY_FILE", "BOT_DATA_KEY_REQUIRED"));
        assertThat(folder.resolve(DataKey.KEY_FILE_NAME)).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 at all!", "c2VjcmV0", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8fIA=="})
    void a_malformed_BOT_DATA_KEY_stops_start_up_naming_the_setting_without_echoing_it(String malformed) {
        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> from(malformed, null, false))
                .satisfies(e -> {
                    assertThat(e.setting()).isEqualTo("BOT_DATA_KEY (bot.data-key)");
                    assertThat(e.oneLine())
                            .startsWith("Invalid setting BOT_DATA_KEY (bot.data-key): ")
                            .doesNotContain(malformed)
                            .doesNotContain("\n");
                });
    }

    @Test
    void a_damaged_key_file_stops_start_up_naming_the_setting_and_the_file() throws IOException {
        Path secret = ownerOnlySecret("truncated");

        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> from(null, secret, false))
                .satisfies(e -> assertThat(e.oneLine())
                        .contains("BOT_DATA_KEY_FILE")
                        .contains(secret.toString())
                        .doesNotContain("truncated"));
    }

    /** A secret file outside the data, owner-only, as Docker or systemd would provide it. */
    private Path ownerOnlySecret(String content) throws IOException {
        Path secret = folder.resolve("secrets").resolve("data-key");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, content + "\n", StandardCharsets.US_ASCII);
        if (secret.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        }
        return secret;
    }

    private DataKey from(String dataKey, Path dataKeyFile, boolean required) {
        PrivacySettings settings = new PrivacySettings(
                dataKey,
                dataKeyFile,
                required,
                new PrivacySettings.RetentionPeriods(Duration.ofDays(2), Duration.ofMinutes(5)),
                new PrivacySettings.Anonymity(Duration.ofHours(48), Duration.ofHours(1)));
        return DataKey.from(settings, dbPath);
    }
}
