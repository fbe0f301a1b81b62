package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.civicrelay.config.TestSettings;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.TestIdentities;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A database from before version 11 of the schema, with what it then held in the old forms (chat ids sealed
 * with one fixed associated data, a queued message in plain JSON, author keys and spam blocks under the
 * data key, unkeyed relay links, deletable-message ids under the lasting pseudonym), is carried over: the
 * people it reaches are still reached, and what could not be converted safely is gone.
 */
@EndToEnd
class UpgradeE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long MODERATOR = 7_118_225_903L;
    static final long FOLLOWER = 747_000_001L;
    static final long AUTHOR = 747_000_002L;
    static final String REF = "S-UPGR2";

    @TempDir
    Path folder;

    FakeTelegram telegram;
    BotProcess bot;

    @AfterEach
    void stop() {
        BotChecks.stop(bot, telegram);
    }

    @Test
    void a_database_from_before_version_11_keeps_reaching_its_people_and_loses_what_could_link_them() throws Exception {
        telegram = FakeTelegram.start("700014:UPGRADE-token");
        Path database = folder.resolve("db/civic-relay.db");
        olderDatabase(database);
        FakeUser follower = telegram.user(FOLLOWER);
        FakeUser author = telegram.user(AUTHOR);
        follower.send("/start"); // both started the bot long ago; these updates wait for it
        author.send("/start");

        bot = BotProcess.against(telegram, folder)
                .set("BOT_DATA_KEY", TestSettings.DATA_KEY)
                .set("BOT_MODERATORS", String.valueOf(MODERATOR))
                .startAndAwaitPolling(telegram);

        assertThat(follower.awaitMessageContaining("Queued before the upgrade", WAIT)
                        .protectContent())
                .as("the queued message, sealed again at start-up, still goes out")
                .isTrue();
        FakeUser moderator = telegram.user(MODERATOR);
        assertThat(StatusChanges.confirmPrivately(moderator, "R3 in_progress", WAIT)
                        .plainText())
                .contains("R3 is now In progress");
        assertThat(follower.awaitMessageContaining("In progress", WAIT).plainText())
                .as("the follow, its chat id sealed again for its row")
                .contains("R3");
        moderator.send("/reply " + REF + " Are you still there?");
        moderator.awaitMessageContaining("Sent to the author of " + REF, WAIT);
        assertThat(author.awaitMessageContaining("Are you still there?", WAIT).plainText())
                .as("the reply address, sealed again for its suggestion")
                .contains(REF);

        assertThat(query(database, "SELECT count(*) FROM follow WHERE length(chat) = 36")
                        + query(database, "SELECT count(*) FROM suggestion WHERE length(reply_to) = 36")
                        + query(
                                database,
                                "SELECT count(*) FROM outbox WHERE length(chat) = 36 OR typeof(payload) = 'text'"))
                .as("nothing sealed the old way is left")
                .isEqualTo("000");
        assertThat(query(database, "SELECT count(*) FROM suggestion WHERE author_key IS NOT NULL")
                        + query(database, "SELECT count(*) FROM spam_block")
                        + query(database, "SELECT count(*) FROM relay_message WHERE link = 'old-unkeyed-sha256-link'")
                        + query(
                                database,
                                "SELECT count(*) FROM deletable_message WHERE chat_key = '"
                                        + TestIdentities.identities()
                                                .pseudonym(AUTHOR)
                                                .value() + "'"))
                .as("old author keys, spam blocks, unkeyed relay links and deletable ids under the pseudonym")
                .isEqualTo("0000");
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
    }

    /** A database migrated to version 8, holding a follow, a reachable suggestion, a queued message and more. */
    private static void olderDatabase(Path database) throws Exception {
        Files.createDirectories(database.getParent());
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + database);
        Flyway.configure()
                .dataSource(sqlite)
                .locations("classpath:db/migration")
                .target("8")
                .load()
                .migrate();
        Identities identities = TestIdentities.identities();
        long now = Instant.now().toEpochMilli();
        try (Connection connection = sqlite.getConnection()) {
            run(
                    connection,
                    "INSERT INTO recommendation (id, working_group, position, title_en, status, retired) "
                            + "VALUES ('R3', 'grassroots', 3, 'Old title', 'proposed', 0)");
            run(
                    connection,
                    "INSERT INTO follow (recommendation, chat, chat_key) VALUES ('R3', ?, ?)",
                    TestIdentities.sealedTheOldWay(FOLLOWER),
                    identities.pseudonym(FOLLOWER).value());
            run(
                    connection,
                    "INSERT INTO suggestion (ref, working_group, body, created_on, state, reply_to, author_key, "
                            + "reply_key) VALUES (?, 'grassroots', 'Sent before the upgrade.', ?, 'PENDING', ?, ?, ?)",
                    REF,
                    LocalDate.now(ZoneOffset.UTC).toString(),
                    TestIdentities.sealedTheOldWay(AUTHOR),
                    "old-static-author-key-0001",
                    identities.pseudonym(AUTHOR).value());
            run(
                    connection,
                    "INSERT INTO spam_block (author_key, until) VALUES ('old-static-spam-key-000001', ?)",
                    now / 1000 + 86_400);
            run(connection, "INSERT INTO relay_message (link, ref) VALUES ('old-unkeyed-sha256-link', ?)", REF);
            run(
                    connection,
                    "INSERT INTO deletable_message (chat_key, message_id, at) VALUES (?, 5, ?)",
                    identities.pseudonym(AUTHOR).value(),
                    now / 1000);
            run(
                    connection,
                    "INSERT INTO outbox (lane, chat, chat_key, group_chat, payload, not_before, created_at) "
                            + "VALUES (0, ?, ?, 0, ?, ?, ?)",
                    TestIdentities.sealedTheOldWay(FOLLOWER),
                    identities.pseudonym(FOLLOWER).value(),
                    "{\"kind\":\"SEND\",\"text\":\"Queued before the upgrade\",\"protect\":true}",
                    now,
                    now);
        }
    }

    private static void run(Connection connection, String sql, Object... values) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static String query(Path database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            return rows.getString(1);
        }
    }
}
