package org.civicrelay.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.civicrelay.config.InvalidSettingException;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.config.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database knows its data key by a fingerprint, and refuses any other key. */
class KeyFingerprintTest {

    static final String OTHER_KEY = "HxEdHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";

    @TempDir
    Path folder;

    HikariDataSource database;
    KeyFingerprint fingerprint;

    @BeforeEach
    void open() {
        database = SqliteTestDatabase.open(dbFile());
        fingerprint = new KeyFingerprint(new MetaRepository(JdbcClient.create(database)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_database_without_a_fingerprint_records_one_that_reveals_nothing_of_the_key() {
        fingerprint.check(key(TestSettings.DATA_KEY));

        String recorded = recorded().orElseThrow();
        byte[] keyBytes = Base64.getDecoder().decode(TestSettings.DATA_KEY);
        assertThat(recorded).isNotEqualTo(TestSettings.DATA_KEY).doesNotContain(TestSettings.DATA_KEY.substring(0, 12));
        assertThat(Base64.getDecoder().decode(recorded)).hasSize(32).isNotEqualTo(keyBytes);
        assertThat(Base64.getDecoder().decode(recorded))
                .as("not a sub-key used for anything else")
                .isNotEqualTo(key(TestSettings.DATA_KEY).derive("civic-relay/fingerprint/v1"))
                .isNotEqualTo(key(TestSettings.DATA_KEY).derive("civic-relay/seal/v1"))
                .isNotEqualTo(key(TestSettings.DATA_KEY).derive("civic-relay/pseudonym/v1"));
    }

    @Test
    void the_same_key_is_accepted_at_every_later_start() {
        fingerprint.check(key(TestSettings.DATA_KEY));
        database.close();
        database = SqliteTestDatabase.open(dbFile());

        assertThatNoException()
                .isThrownBy(() -> new KeyFingerprint(new MetaRepository(JdbcClient.create(database)))
                        .check(key(TestSettings.DATA_KEY)));
    }

    @Test
    void another_key_is_refused_in_one_line_naming_BOT_DATA_KEY_without_either_key_or_the_fingerprint() {
        fingerprint.check(key(TestSettings.DATA_KEY));
        String recorded = recorded().orElseThrow();

        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> fingerprint.check(key(OTHER_KEY)))
                .satisfies(refusal -> assertThat(refusal.oneLine())
                        .isEqualTo("Invalid setting BOT_DATA_KEY "
                                + "(bot.data-key): it is not the key this database was created with (its fingerprint differs); "
                                + "use the original key, or move the database away to start afresh")
                        .doesNotContain(OTHER_KEY)
                        .doesNotContain(TestSettings.DATA_KEY)
                        .doesNotContain(recorded));
        assertThat(recorded()).as("the recorded fingerprint stays").contains(recorded);
    }

    @Test
    void a_key_generated_because_BOT_DATA_KEY_is_missing_is_refused_and_its_key_file_deleted() {
        fingerprint.check(key(TestSettings.DATA_KEY));
        DataKey generated = unset();
        assertThat(generated.isGenerated()).isTrue();

        assertThatExceptionOfType(InvalidSettingException.class)
                .isThrownBy(() -> fingerprint.check(generated))
                .satisfies(refusal -> assertThat(refusal.oneLine())
                        .startsWith("Invalid setting BOT_DATA_KEY "
                                + "(bot.data-key): is not set, nor BOT_DATA_KEY_FILE, and there was no key file at "
                                + folder.resolve(DataKey.KEY_FILE_NAME)));
        assertThat(folder.resolve(DataKey.KEY_FILE_NAME))
                .as("no useless key left behind")
                .doesNotExist();
    }

    @Test
    void a_key_file_that_matches_is_kept() {
        DataKey generated = unset();
        fingerprint.check(generated);

        DataKey reread = unset();
        assertThatNoException().isThrownBy(() -> fingerprint.check(reread));
        assertThat(reread.isGenerated()).isFalse();
        assertThat(folder.resolve(DataKey.KEY_FILE_NAME)).exists();
    }

    private Optional<String> recorded() {
        return JdbcClient.create(database)
                .sql("SELECT value FROM meta WHERE name = 'data_key_fingerprint'")
                .query(String.class)
                .optional();
    }

    /** In a folder of its own: a generated key goes into the folder above, here the test's. */
    private Path dbFile() {
        return folder.resolve("data").resolve("civic-relay.db");
    }

    private DataKey key(String base64) {
        return DataKey.of(base64);
    }

    private DataKey unset() {
        return DataKey.from(
                new PrivacySettings(null, TestSettings.bot().privacy().retention()), dbFile());
    }
}
