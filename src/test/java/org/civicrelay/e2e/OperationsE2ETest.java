package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running the bot as an operator does: one process per database (a second one refuses, a kill -9 does not
 * lock the database for good), the data key the database was made with, and backups taken while the bot
 * runs, restored into a new bot, and killed half-way.
 */
@EndToEnd
class OperationsE2ETest {

    static final Duration WAIT = BotChecks.WAIT;
    static final Duration EXIT = Duration.ofSeconds(60);
    /** Two valid data keys (base64 of 32 bytes) that are obviously test keys. */
    static final String KEY = "T1BFUkFUSU9OUy1URVNULURBVEEtS0VZLTMyQllURVM=";

    static final String OTHER_KEY = "QU5PVEhFUi1URVNULURBVEEtS0VZLU9GLTMyLUJZVEU=";
    static final long MODERATOR = 760_000_001L;
    /** Rows of about 2.4 kB: a database of some 400 MB, whose backup takes long enough to be killed half-way. */
    static final int LARGE_ROWS = 160_000;

    @TempDir
    Path folder;

    FakeTelegram telegram;
    final List<BotProcess> bots = new ArrayList<>();
    final List<Path> commandLogs = new ArrayList<>();
    long nextUser = 761_000_001L;

    @BeforeEach
    void fakeTelegram() {
        telegram = FakeTelegram.start("700005:OPERATIONS-token");
    }

    @AfterEach
    void stop() throws IOException {
        bots.stream().skip(1).forEach(BotProcess::close);
        BotChecks.stop(bots.isEmpty() ? null : bots.get(0), telegram);
        for (BotProcess other : bots.subList(Math.min(1, bots.size()), bots.size())) {
            LogPrivacy.assertRevealsNothing(other, telegram);
        }
        for (Path log : commandLogs) {
            LogPrivacy.assertRevealsNothing(Files.readString(log, StandardCharsets.UTF_8), telegram);
        }
    }

    // ---- one process per database

    @Test
    void a_second_bot_on_the_same_database_refuses_in_one_line_while_the_first_serves_and_a_kill_9_frees_it() {
        Path database = folder.resolve("data/civic-relay.db");
        BotProcess first = bot("first", database, KEY).startAndAwaitPolling(telegram);
        FakeUser user = telegram.user(nextUser++);
        int getMeBefore = telegram.callCount("getMe");

        BotProcess second = bot("second", database, KEY).start();

        assertThat(second.waitFor(EXIT)).as("the second bot exits by itself").isTrue();
        assertThat(second.exitCode()).as(second.output()).isEqualTo(2);
        assertThat(theOneLine(second.output()))
                .endsWith("civic-relay: Another Civic Relay process is already running on " + database
                        + " (its lock file " + database + ".lock is held); stop it first");
        assertThat(telegram.callCount("getMe"))
                .as("the second bot never reached Telegram")
                .isEqualTo(getMeBefore);
        user.send("/help");
        user.awaitMessageContaining("/suggest", WAIT);
        assertThat(first.isAlive()).as("the first bot keeps running").isTrue();

        first.kill();
        BotProcess third = bot("third", database, KEY).startAndAwaitPolling(telegram);
        user.send("/privacy");
        user.awaitMessageContaining("What Civic Relay keeps", WAIT);
        BotChecks.assertBotApiUsedCorrectly(telegram, third);
    }

    // ---- the data key

    @Test
    void a_start_with_another_data_key_refuses_naming_BOT_DATA_KEY_and_the_original_key_still_works() throws Exception {
        Path database = folder.resolve("data/civic-relay.db");
        BotProcess original = bot("original", database, KEY).startAndAwaitPolling(telegram);
        FakeUser follower = telegram.user(nextUser++);
        follower.send("/subscribe R3");
        follower.awaitMessageContaining("You now follow R3", WAIT);
        original.terminate(Duration.ofSeconds(10));
        String fingerprint = query(database, "SELECT value FROM meta WHERE name = 'data_key_fingerprint'");
        int pollsBefore = telegram.callCount("getUpdates");

        BotProcess wrong = bot("wrong-key", database, OTHER_KEY).start();

        assertThat(wrong.waitFor(EXIT)).as("the bot exits by itself").isTrue();
        assertThat(wrong.exitCode()).as(wrong.output()).isEqualTo(2);
        assertThat(theOneLine(wrong.output()))
                .endsWith("civic-relay: Invalid setting BOT_DATA_KEY (bot.data-key): it is "
                        + "not the key this database was created with (its fingerprint differs); use the original key, or move "
                        + "the database away to start afresh");
        assertThat(wrong.output())
                .doesNotContain(OTHER_KEY.substring(0, 16))
                .doesNotContain(KEY.substring(0, 16))
                .doesNotContain(fingerprint.substring(0, 16));
        assertThat(telegram.callCount("getUpdates")).as("it never polled").isEqualTo(pollsBefore);

        BotProcess again = bot("original-key-again", database, KEY).startAndAwaitPolling(telegram);
        follower.send("/subscriptions");
        assertThat(follower.awaitReply(WAIT).plainText()).contains("You follow 1", "R3");
        BotChecks.assertBotApiUsedCorrectly(telegram, again);
    }

    // ---- backups

    @Test
    void a_backup_taken_while_people_follow_restores_into_a_new_bot_that_still_knows_them() throws Exception {
        Path database = folder.resolve("data/civic-relay.db");
        BotProcess live = bot("live", database, KEY).startAndAwaitPolling(telegram);
        FakeUser moderator = telegram.user(MODERATOR);
        List<FakeUser> followers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            FakeUser follower = telegram.user(nextUser++);
            follower.send("/subscribe R1");
            follower.awaitMessageContaining("You now follow R1", WAIT);
            followers.add(follower);
        }
        List<FakeUser> latecomers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            FakeUser latecomer = telegram.user(nextUser++);
            latecomer.send("/subscribe R2");
            latecomers.add(latecomer);
        }
        Path file = Files.createDirectories(folder.resolve("backups")).resolve("civic-relay-backup.db");

        Path log = commandLog("backup");
        Process backup = live.command(log, "backup", file.toString());

        assertThat(backup.waitFor(EXIT.toSeconds(), TimeUnit.SECONDS))
                .as("the backup finishes")
                .isTrue();
        assertThat(backup.exitValue()).as(Files.readString(log)).isZero();
        assertThat(theOneLine(Files.readString(log)))
                .matches(".*civic-relay: Backup written to " + Pattern.quote(file.toString())
                        + " \\([0-9,]+ bytes, [0-9.]+ MB\\), readable by its owner only");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(query(file, "PRAGMA integrity_check")).isEqualTo("ok");
        latecomers.forEach(latecomer -> latecomer.awaitMessageContaining("You now follow R2", WAIT));
        assertThat(live.isAlive()).as("the bot ran on through the backup").isTrue();
        live.terminate(Duration.ofSeconds(10));

        // Restored as the README says: into a new data folder, owner-only, no -wal or -shm, the same key.
        Path restored = folder.resolve("restored/data/civic-relay.db");
        Files.createDirectories(
                restored.getParent(),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.copy(file, restored);
        Files.setPosixFilePermissions(restored, PosixFilePermissions.fromString("rw-------"));
        BotProcess fresh = bot("restored", restored, KEY).startAndAwaitPolling(telegram);

        followers.get(0).send("/subscriptions");
        assertThat(followers.get(0).awaitReply(WAIT).plainText()).contains("You follow 1", "R1");
        StatusChanges.confirmPrivately(moderator, "R1 accepted Restored from a backup", WAIT);
        followers.forEach(follower -> follower.awaitMessageContaining("Restored from a backup", WAIT));
        BotChecks.assertBotApiUsedCorrectly(telegram, fresh);
    }

    @Test
    void a_backup_killed_half_way_leaves_no_backup_file_only_a_private_leftover_the_next_backup_removes()
            throws Exception {
        Path database = folder.resolve("data/civic-relay.db");
        BotProcess bot = bot("large", database, KEY).startAndAwaitPolling(telegram);
        // The bot made and migrated the database; the backup of a live bot is the test above, this one is about the
        // kill.
        bot.terminate(Duration.ofSeconds(10));
        fillWithSuggestions(database, LARGE_ROWS);
        Path backups = Files.createDirectories(folder.resolve("backups"));
        Path file = backups.resolve("large.db");

        Process killed = bot.command(commandLog("killed-backup"), "backup", file.toString());
        Path partial = awaitWorkFile(backups, killed);
        killed.destroyForcibly();

        assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.exitValue()).as("ended by SIGKILL, not finished").isEqualTo(137);
        assertThat(file).as("no partial backup under the file's name").doesNotExist();
        assertThat(Files.getPosixFilePermissions(partial.getParent()))
                .as("the leftover folder is private")
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        long partialBytes = Files.size(partial);

        Path log = commandLog("backup-after-the-kill");
        Process next = bot.command(log, "backup", file.toString());

        assertThat(next.waitFor(120, TimeUnit.SECONDS))
                .as("the next backup finishes")
                .isTrue();
        assertThat(next.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.size(file)).as("the killed one was partial").isGreaterThan(partialBytes);
        assertThat(query(file, "SELECT count(*) FROM suggestion")).isEqualTo(String.valueOf(LARGE_ROWS));
        try (Stream<Path> left = Files.list(backups)) {
            assertThat(left).as("the killed backup's leftover is gone").containsExactly(file);
        }
    }

    // ---- helpers

    private BotProcess bot(String name, Path database, String key) {
        BotProcess bot = BotProcess.against(telegram, folder.resolve(name))
                .set("BOT_DB_PATH", database.toString())
                .set("BOT_DATA_KEY", key)
                .set("BOT_MODERATORS", String.valueOf(MODERATOR));
        bots.add(bot);
        return bot;
    }

    private Path commandLog(String name) {
        Path log = folder.resolve(name + ".log");
        commandLogs.add(log);
        return log;
    }

    /** The one line that explains, as operators see it; and no stack trace. */
    private static String theOneLine(String output) {
        List<String> lines =
                output.lines().filter(line -> line.contains("civic-relay: ")).toList();
        assertThat(lines).as(output).hasSize(1);
        assertThat(output).as("no stack trace").doesNotContain("\tat ");
        return lines.get(0);
    }

    /** The backup's work file once it holds data; fails if the backup ended before that could be seen. */
    private Path awaitWorkFile(Path backups, Process backup) {
        AtomicReference<Path> found = new AtomicReference<>();
        telegram.await(
                () -> {
                    found.set(workFileWithData(backups));
                    return found.get() != null || !backup.isAlive();
                },
                EXIT,
                "the backup to start writing its copy");
        assertThat(backup.isAlive())
                .as("the backup was still running when its copy had data "
                        + "(if it finished first, the database is too small for this machine)")
                .isTrue();
        return found.get();
    }

    private static Path workFileWithData(Path backups) {
        try (Stream<Path> entries = Files.list(backups)) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith(".civic-relay-backup-"))
                    .map(entry -> entry.resolve("backup.db"))
                    .filter(file -> {
                        try {
                            return Files.size(file) > 0;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Suggestions awaiting triage, about 2.4 kB each, written straight into the stopped bot's database. */
    private static void fillWithSuggestions(Path database, int rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement sql = connection.createStatement()) {
            sql.execute("PRAGMA synchronous = OFF");
            sql.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ") "
                    + "INSERT INTO suggestion (ref, working_group, body, created_on, state) "
                    + "SELECT 'S-' || (100000000 + i), 'media', hex(randomblob(1200)), '2026-11-20', 'PENDING' FROM n");
        }
    }

    private static String query(Path database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            return rows.getString(1);
        }
    }
}
