package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.catalogue.TestRecommendations;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.config.TestSettings;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.follow.FollowResult;
import org.civicrelay.follow.Followers;
import org.civicrelay.follow.TestFollowers;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.TestIdentities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long {@code java -jar target/civic-relay-bot.jar backup FILE} takes on the database of a bot with
 * 10,000 followers, while that bot runs (idle, polling the fake Bot API): the median of 5 runs, the JVM's
 * start included, and beside it the same command refused at once (no FILE), which is that start alone.
 * Followers are written with the bot's own services (sealed chat id and pseudonym under the test data key,
 * 1 to 3 recommendations each); the bot then starts on the database with that key.
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests && ./mvnw -B test -Pbenchmark -Dtest=BackupBenchmark
 * </pre>
 */
@Tag("benchmark")
class BackupBenchmark {

    static final Path JAR = BotProcess.PROJECT.resolve("target/civic-relay-bot.jar");
    static final int FOLLOWERS = Integer.getInteger("bench.backupFollowers", 10_000);
    static final int RUNS = Integer.getInteger("bench.backupRuns", 5);
    static final long FIRST_CHAT = 792_000_001L;

    @TempDir
    Path folder;

    @Test
    void backup_of_the_database_of_a_running_bot_with_ten_thousand_followers() throws Exception {
        assertThat(JAR)
                .as("build the jar first: ./mvnw -B -q package -DskipTests")
                .exists();
        Path database = folder.resolve("data/civic-relay.db");
        int followers = seed(database);
        Path backups = Files.createDirectories(folder.resolve("backups"));
        List<Long> backupMillis = new ArrayList<>();
        List<Long> refusedMillis = new ArrayList<>();
        long databaseBytes;
        long backupBytes;
        int copied;
        try (FakeTelegram telegram = FakeTelegram.start("700006:BENCH-token");
                BotProcess bot = BotProcess.against(telegram, folder.resolve("bot"))
                        .set("BOT_DB_PATH", database.toString())
                        .set("BOT_DATA_KEY", TestSettings.DATA_KEY)
                        .usingJar(JAR, StartupAndMemoryBenchmark.JVM)) {
            bot.startAndAwaitPolling(telegram);
            // The command as an operator types it: java -jar, no JVM options, the bot's settings.
            BotProcess operator = BotProcess.against(telegram, folder.resolve("operator"))
                    .set("BOT_DB_PATH", database.toString())
                    .usingJar(JAR, List.of());
            Files.createDirectories(operator.folder());
            Path log = operator.folder().resolve("commands.log");
            for (int run = 0; run < RUNS; run++) {
                Path file = backups.resolve("run-" + run + ".db");
                backupMillis.add(timed(() -> operator.command(log, "backup", file.toString()), 0));
                refusedMillis.add(timed(() -> operator.command(log, "backup"), 2));
            }
            databaseBytes = Files.size(database);
            backupBytes = Files.size(backups.resolve("run-0.db"));
            copied = count(backups.resolve("run-" + (RUNS - 1) + ".db"), "SELECT count(*) FROM follow");
            assertThat(bot.isAlive()).isTrue();
            LogPrivacy.assertRevealsNothing(Files.readString(log, StandardCharsets.UTF_8), telegram);
        }
        assertThat(copied).isEqualTo(followers);

        String report = String.format(
                Locale.ROOT,
                """

                ---- Civic Relay: backup of a live database, %s ----
                machine: %d cores (shared with other work), %s %s, Java %s
                database: %,d followers (%,d follows), %.1f MB with the bot running; backup file %.1f MB
                java -jar target/civic-relay-bot.jar backup FILE, %d runs: median %d ms (min %d, max %d)
                the same JVM and settings start, refused at once (backup without FILE): median %d ms
                """,
                ZonedDateTime.now(ZoneOffset.UTC).withNano(0),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                FOLLOWERS,
                followers,
                databaseBytes / 1e6,
                backupBytes / 1e6,
                RUNS,
                median(backupMillis),
                backupMillis.stream().mapToLong(Long::longValue).min().orElseThrow(),
                backupMillis.stream().mapToLong(Long::longValue).max().orElseThrow(),
                median(refusedMillis));
        System.out.println(report);
        Files.writeString(BotProcess.PROJECT.resolve("target/backup-benchmark.txt"), report);
    }

    /** The followers as the bot stores them, through its own services, in batches of 500 per transaction. */
    private static int seed(Path database) {
        Random random = new Random(42);
        int follows = 0;
        try (HikariDataSource data = SqliteTestDatabase.open(database)) {
            Recommendations recommendations = TestRecommendations.start(
                    data,
                    TestRecommendations.catalogue(
                            "participation:R1,R2,R3", "media:R4,R5,R6", "grassroots:R7,R8,R9", "security:R10,R11,R12"),
                    event -> {},
                    Clock.systemUTC());
            Followers service = TestFollowers.over(data, recommendations, (notice, batch) -> {});
            Identities identities = TestIdentities.identities();
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(data));
            for (int from = 0; from < FOLLOWERS; from += 500) {
                int batchStart = from;
                follows += transaction.execute(status -> {
                    int made = 0;
                    for (int i = batchStart; i < Math.min(batchStart + 500, FOLLOWERS); i++) {
                        long chat = FIRST_CHAT + i;
                        ChatAddress address = new ChatAddress(chat);
                        int count = 1 + random.nextInt(3);
                        for (int f = 0; f < count; f++) {
                            RecommendationId id = new RecommendationId("R" + (1 + random.nextInt(12)));
                            if (service.follow(id, address, identities.pseudonym(chat), java.util.Locale.ENGLISH)
                                    == FollowResult.FOLLOWING) {
                                made++;
                            }
                        }
                    }
                    return made;
                });
            }
        }
        return follows;
    }

    /** From asking for the process to its exit, as a shell would time it. */
    private static long timed(Supplier<Process> start, int expectedExit) throws InterruptedException {
        long begin = System.nanoTime();
        Process command = start.get();
        assertThat(command.waitFor(120, TimeUnit.SECONDS))
                .as("the command finishes")
                .isTrue();
        long millis = (System.nanoTime() - begin) / 1_000_000;
        assertThat(command.exitValue()).isEqualTo(expectedExit);
        return millis;
    }

    private static int count(Path database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            return rows.getInt(1);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
