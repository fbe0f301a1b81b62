package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.civicrelay.config.TestSettings;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data key is never next to the data, as the real process enforces it: where a generated key goes and
 * how every file is created, and the key files it refuses (exit code 2, one line, nothing written).
 */
@EndToEnd
class DataKeyE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    FakeTelegram telegram;
    BotProcess bot;

    @BeforeEach
    void fakeTelegram() {
        telegram = FakeTelegram.start("700012:DATA-KEY-token");
    }

    @AfterEach
    void stop() {
        BotChecks.stop(bot, telegram);
    }

    @Test
    void a_first_local_run_generates_its_key_outside_the_database_folder_and_creates_every_file_owner_only()
            throws IOException {
        bot = BotProcess.against(telegram, folder).startAndAwaitPolling(telegram);
        FakeUser user = telegram.user(745_000_001L);
        user.send("/start");
        user.awaitReply(WAIT);

        Path data = bot.databaseFile().getParent();
        assertThat(data.resolve("civic-relay.key"))
                .as("never in the database's folder")
                .doesNotExist();
        Path key = data.getParent().resolve("civic-relay.key");
        assertThat(permissions(key)).isEqualTo("rw-------");
        assertThat(permissions(data)).isEqualTo("rwx------");
        for (String file :
                List.of("civic-relay.db", "civic-relay.db-wal", "civic-relay.db-shm", "civic-relay.db.lock")) {
            assertThat(permissions(data.resolve(file))).as(file).isEqualTo("rw-------");
        }
        assertThat(bot.output())
                .contains("BOT_DATA_KEY and BOT_DATA_KEY_FILE are not set: a data key was generated in " + key
                        + ", outside the database's folder");
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
    }

    @Test
    void a_key_file_that_others_may_read_is_refused_before_the_database_is_created() throws IOException {
        Path secret = secret("rw-r--r--");

        String line = refusedWith("BOT_DATA_KEY_FILE", secret.toString());

        assertThat(line)
                .contains("Invalid setting BOT_DATA_KEY_FILE (bot.data-key-file): the key file " + secret
                        + " can be read or changed by others (rw-r--r--); make it owner-only: chmod 600");
        assertThat(folder.resolve("db")).as("nothing written").doesNotExist();
    }

    @Test
    void a_key_file_left_in_the_database_folder_by_an_older_version_is_refused() throws IOException {
        Path leftover = Files.createDirectories(folder.resolve("db")).resolve("civic-relay.key");
        Files.writeString(leftover, TestSettings.DATA_KEY + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(leftover, PosixFilePermissions.fromString("rw-------"));

        String line = refusedWith("BOT_DATA_KEY", TestSettings.DATA_KEY);

        assertThat(line)
                .contains("a key file " + leftover + " lies in the database's folder")
                .doesNotContain(TestSettings.DATA_KEY);
        assertThat(folder.resolve("db/civic-relay.db")).as("nothing written").doesNotExist();
    }

    @Test
    void where_a_key_is_required_as_in_the_docker_image_none_is_generated() {
        String line = refusedWith("BOT_DATA_KEY_REQUIRED", "true");

        assertThat(line)
                .contains("Invalid setting BOT_DATA_KEY (bot.data-key): is not set, nor BOT_DATA_KEY_FILE, and "
                        + "this installation requires one");
        assertThat(folder.resolve("civic-relay.key")).doesNotExist();
        assertThat(folder.resolve("db")).doesNotExist();
    }

    @Test
    void an_owner_only_key_file_outside_the_data_is_used_and_nothing_is_generated() throws IOException {
        Path secret = secret("rw-------");
        bot = BotProcess.against(telegram, folder)
                .set("BOT_DATA_KEY_FILE", secret.toString())
                .set("BOT_DATA_KEY_REQUIRED", "true")
                .startAndAwaitPolling(telegram);
        FakeUser user = telegram.user(745_000_002L);
        user.send("/subscribe R1");
        user.awaitMessageContaining("You now follow R1", WAIT);

        assertThat(folder.resolve("civic-relay.key")).doesNotExist();
        assertThat(bot.output()).doesNotContain("BOT_DATA_KEY and BOT_DATA_KEY_FILE are not set");
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
    }

    /** Starts the bot with one more variable and returns the one line it stopped with (exit code 2, no trace). */
    private String refusedWith(String variable, String value) {
        bot = BotProcess.against(telegram, folder).set(variable, value).start();
        assertThat(bot.waitFor(Duration.ofSeconds(60)))
                .as("the bot exits by itself")
                .isTrue();
        String output = bot.output();
        assertThat(bot.exitCode()).as(output).isEqualTo(2);
        List<String> lines =
                output.lines().filter(line -> line.contains("civic-relay: ")).toList();
        assertThat(lines).as(output).hasSize(1);
        assertThat(output).as("no stack trace").doesNotContain("\tat ");
        assertThat(telegram.callCount("getUpdates")).isZero();
        return lines.get(0);
    }

    /** The test data key in a file outside the bot's folder, with these permissions. */
    private Path secret(String permissions) throws IOException {
        Path secret = Files.createDirectories(folder.resolve("secrets")).resolve("data-key");
        Files.writeString(secret, TestSettings.DATA_KEY + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString(permissions));
        return secret;
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
