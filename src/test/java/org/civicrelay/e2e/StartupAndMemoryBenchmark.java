package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up time of the packaged jar ({@code java -jar} to its first getUpdates) and its resident memory
 * after the activists' flows, against the fake Bot API. Needs {@code target/civic-relay-bot.jar}:
 * {@code ./mvnw -B -q package -DskipTests && ./mvnw -B test -Pbenchmark}.
 */
@Tag("benchmark")
class StartupAndMemoryBenchmark {

    static final Path JAR = BotProcess.PROJECT.resolve("target/civic-relay-bot.jar");
    /** The JVM options of the Dockerfile. */
    static final List<String> JVM =
            List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");

    static final Duration WAIT = Duration.ofSeconds(60);
    static final int STARTS = Integer.getInteger("bench.starts", 5);
    static final int USERS = Integer.getInteger("bench.flowUsers", 40);

    @TempDir
    Path folder;

    @Test
    void startup_time_and_memory_after_the_flows() throws Exception {
        assertThat(JAR)
                .as("build the jar first: ./mvnw -B -q package -DskipTests")
                .exists();
        List<Long> startMillis = new ArrayList<>();
        List<Long> stopMillis = new ArrayList<>();
        measureStarts(JAR, JVM, "plain", startMillis, stopMillis);

        // As the Dockerfile runs it: the jar extracted, with a class-data-sharing archive from a training run.
        Path app = folder.resolve("app");
        run(
                List.of(java(), "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--destination", app.toString()),
                Map.of());
        Path archive = app.resolve("app.jsa");
        List<String> training = new ArrayList<>(
                List.of(java(), "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"));
        training.addAll(JVM);
        training.addAll(List.of("-jar", app.resolve("civic-relay-bot.jar").toString()));
        run(
                training,
                Map.of(
                        "BOT_TOKEN",
                        "1:training",
                        "BOT_DB_PATH",
                        folder.resolve("training/db.db").toString()));
        List<String> withCds = new ArrayList<>(JVM);
        withCds.add("-XX:SharedArchiveFile=" + archive);
        List<Long> cdsStartMillis = new ArrayList<>();
        measureStarts(app.resolve("civic-relay-bot.jar"), withCds, "cds", cdsStartMillis, new ArrayList<>());

        Memory plain = measureFlows(JAR, JVM, "flows");
        Memory cds = measureFlows(app.resolve("civic-relay-bot.jar"), withCds, "flows-cds");

        String report = String.format(
                Locale.ROOT,
                """

                ---- Civic Relay: start-up and memory (%d cores, %s, %s) ----
                java -jar to first getUpdates, %d cold starts: median %d ms (min %d, max %d)
                the same, extracted jar with a CDS archive (as in the Dockerfile): median %d ms (min %d, max %d)
                SIGTERM to exit: median %d ms (max %d)
                RSS, java -jar: %d MB after start-up; after %d users' /start, /help, /privacy and a full /suggest each (%d cards): %d MB
                RSS, extracted jar with the CDS archive: %d MB after start-up; after the same flows (%d cards): %d MB
                JVM options: %s
                """,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("java.version"),
                STARTS,
                median(startMillis),
                min(startMillis),
                max(startMillis),
                median(cdsStartMillis),
                min(cdsStartMillis),
                max(cdsStartMillis),
                median(stopMillis),
                max(stopMillis),
                plain.idleKb() / 1024,
                USERS,
                plain.cards(),
                plain.afterKb() / 1024,
                cds.idleKb() / 1024,
                cds.cards(),
                cds.afterKb() / 1024,
                JVM);
        System.out.println(report);
        Files.writeString(BotProcess.PROJECT.resolve("target/startup-benchmark.txt"), report);
    }

    /** Resident memory after start-up and after {@code cards} people went through the flows. */
    private record Memory(long idleKb, long afterKb, int cards) {}

    private Memory measureFlows(Path jar, List<String> jvm, String name) throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start("700003:BENCH-token");
                BotProcess bot = BotProcess.against(telegram, Files.createDirectories(folder.resolve(name)))
                        .set("BOT_MODERATOR_CHAT_ID", "-100777")
                        .usingJar(jar, jvm)) {
            FakeGroup moderators = telegram.group(-100777L, "supergroup");
            bot.startAndAwaitPolling(telegram);
            long idle = bot.rssKb();
            ExecutorService people = Executors.newFixedThreadPool(12);
            List<Future<String>> flows = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                FakeUser user = telegram.user(750_000_000L + u);
                flows.add(people.submit(() -> flow(user)));
            }
            for (Future<String> flow : flows) {
                flow.get();
            }
            people.shutdown();
            // Cards go to one group: Telegram allows 20 a minute there.
            telegram.await(
                    () -> moderators.messages().size() >= USERS, Duration.ofMinutes(USERS / 20 + 2), "every card");
            assertThat(telegram.rejectedCalls()).isEmpty();
            return new Memory(idle, bot.rssKb(), moderators.messages().size());
        }
    }

    private void measureStarts(Path jar, List<String> jvm, String name, List<Long> startMillis, List<Long> stopMillis)
            throws Exception {
        for (int i = 0; i < STARTS; i++) {
            try (FakeTelegram telegram = FakeTelegram.start("700003:BENCH-token");
                    BotProcess bot = BotProcess.against(telegram, Files.createDirectories(folder.resolve(name + i)))
                            .usingJar(jar, jvm)
                            .start()) {
                telegram.awaitCall("getUpdates", WAIT);
                startMillis.add(Duration.between(bot.startedAt(), telegram.firstCallAt("getUpdates"))
                        .toMillis());
                stopMillis.add(bot.terminate(Duration.ofSeconds(10)).toMillis());
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(BotProcess.PROJECT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS))
                .as("%s finishes", command)
                .isTrue();
        assertThat(process.exitValue()).as("%s succeeds", command).isZero();
    }

    private static String flow(FakeUser user) {
        user.send("/start");
        user.awaitMessageContaining("/privacy", WAIT);
        user.send("/help");
        user.awaitMessageContaining("What you can do", WAIT);
        user.send("/privacy");
        user.awaitMessageContaining("What Civic Relay keeps", WAIT);
        user.send("/suggest");
        BotMessage workingGroups = user.awaitMessageContaining("Which working group", WAIT);
        user.press(workingGroups, "Free media and countering disinformation");
        user.awaitMessageContaining("Write your suggestion", WAIT);
        user.send("Benchmark suggestion from a user who wants <b>free</b> media & more.");
        BotMessage review = user.awaitMessageContaining("Please check", WAIT);
        user.press(review, Activists.REACHABLE);
        return user.awaitMessage(
                        m -> m.messageId() == review.messageId()
                                && m.plainText().contains("Reference"),
                        WAIT)
                .plainText();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
