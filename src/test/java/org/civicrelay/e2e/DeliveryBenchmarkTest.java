package org.civicrelay.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.fakebotapi.RecordedCall;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery benchmark of issue 3: the real bot (its own JVM, -Xmx128m as in the container) against the
 * fake Bot API enforcing the same overall rate as BOT_SEND_RATE. Not part of the default test run.
 *
 * <pre>
 * ./mvnw -B test -Pbenchmark                                              # 10,000 followers at 25/s (about 30 min)
 * ./mvnw -B test -Pbenchmark -Dbench.followers=500 -Dbench.rate=100     # smoke run (about 1 min)
 * </pre>
 *
 * Followers are seeded through the bot itself (each user sends /start and /subscribe R7), which is also the
 * ingest measurement. Then two status changes: one delivered undisturbed (throughput, 429s, duplicates),
 * one during which the bot is killed with SIGKILL at 40 % and restarted (lost and duplicated). The results
 * go to standard output and to target/benchmark-latest.txt.
 */
@Tag("benchmark")
class DeliveryBenchmarkTest {

    static final int FOLLOWERS = Integer.getInteger("bench.followers", 10_000);
    static final int RATE = Integer.getInteger("bench.rate", 25);
    static final String HEAP = System.getProperty("bench.heap", "128m");
    static final long MODERATOR = 790_000_001L;
    static final long FIRST_USER = 791_000_001L;

    @TempDir
    Path folder;

    @Test
    void deliver_a_status_change_to_every_follower_at_the_configured_rate() {
        List<String> rows = new ArrayList<>();
        try (FakeTelegram telegram = FakeTelegram.start("700009:BENCH-token");
                BotProcess bot = BotProcess.against(telegram, folder)
                        .set("BOT_SEND_RATE", String.valueOf(RATE))
                        .set("BOT_MODERATORS", String.valueOf(MODERATOR))
                        .maxHeap(HEAP)) {
            telegram.setGlobalRate(RATE);
            bot.startAndAwaitPolling(telegram);
            Duration deliveryLimit = Duration.ofSeconds(120 + 3L * FOLLOWERS / RATE);

            // ---- ingest: every user starts the bot and follows R7, through the bot
            List<FakeUser> users = new ArrayList<>(FOLLOWERS);
            long ingestStart = System.nanoTime();
            for (int i = 0; i < FOLLOWERS; i++) {
                FakeUser user = telegram.user(FIRST_USER + i);
                user.send("/start");
                user.send("/subscribe R7");
                users.add(user);
            }
            telegram.awaitUpdatesConfirmed(Duration.ofSeconds(60 + FOLLOWERS / 10));
            double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
            double updatesPerSecond = 2.0 * FOLLOWERS / ingestSeconds;
            // The 2 x N replies leave at the bot's rate before any notification (their lane comes first).
            int repliesTarget = 2 * FOLLOWERS;
            await(
                    telegram,
                    () -> telegram.callCount("sendMessage") >= repliesTarget,
                    Duration.ofSeconds(120 + 3L * repliesTarget / RATE),
                    "the replies to /start and /subscribe");
            await(
                    telegram,
                    () -> users.stream().allMatch(u -> count(telegram, u, "You now follow R7") == 1),
                    Duration.ofSeconds(60),
                    "every follow confirmed");

            // ---- run A: one status change, undisturbed
            FakeUser moderator = telegram.user(MODERATOR);
            int tooManyBefore = telegram.tooManyRequestsCount();
            int sendsBeforeA = telegram.callCount("sendMessage");
            StatusChanges.confirmPrivately(moderator, "R7 in_progress Benchmark run A", Duration.ofSeconds(60));
            awaitAll(telegram, users, "Benchmark run A", sendsBeforeA + 1 + FOLLOWERS, deliveryLimit);
            List<Instant> sendsA = notices(telegram, "Benchmark run A");
            double seconds = Duration.between(sendsA.get(0), sendsA.get(sendsA.size() - 1))
                            .toNanos()
                    / 1e9;
            double deliveredPerSecond = (sendsA.size() - 1) / seconds;
            int tooMany = telegram.tooManyRequestsCount() - tooManyBefore;
            long duplicatesA = users.stream()
                    .filter(u -> count(telegram, u, "Benchmark run A") > 1)
                    .count();

            // ---- run B: another change, SIGKILL at 40 %, restart
            int sendsBefore = telegram.callCount("sendMessage");
            StatusChanges.pressConfirmPrivately(moderator, "R7 accepted Benchmark run B", Duration.ofSeconds(60));
            int killAt = sendsBefore + 1 + FOLLOWERS * 4 / 10;
            await(telegram, () -> telegram.callCount("sendMessage") >= killAt, deliveryLimit, "40 % of run B");
            bot.kill();
            long deliveredAtKill = users.stream()
                    .filter(u -> count(telegram, u, "Benchmark run B") > 0)
                    .count();
            long restartStart = System.nanoTime();
            bot.startAndAwaitPolling(telegram);
            double restartSeconds = (System.nanoTime() - restartStart) / 1e9;
            awaitAll(telegram, users, "Benchmark run B", sendsBefore + 1 + FOLLOWERS, deliveryLimit);
            long lostB = users.stream()
                    .filter(u -> count(telegram, u, "Benchmark run B") == 0)
                    .count();
            long duplicatedB = users.stream()
                    .mapToLong(u -> Math.max(0, count(telegram, u, "Benchmark run B") - 1))
                    .sum();
            long rssKb = bot.rssKb();

            rows.add(String.format(
                    Locale.ROOT,
                    "Civic Relay delivery benchmark, %s",
                    ZonedDateTime.now(ZoneOffset.UTC).withNano(0)));
            rows.add(String.format(
                    Locale.ROOT,
                    "machine: %d cores (shared with other work), %s %s, Java %s; bot JVM -Xmx%s",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"),
                    System.getProperty("os.arch"),
                    System.getProperty("java.version"),
                    HEAP));
            rows.add(String.format(
                    Locale.ROOT, "followers: %,d   BOT_SEND_RATE = fake's global rate: %d msg/s", FOLLOWERS, RATE));
            rows.add("");
            rows.add(String.format(Locale.ROOT, "| %-52s | %-24s | %-14s |", "measure", "result", "goal"));
            rows.add("|" + "-".repeat(54) + "|" + "-".repeat(26) + "|" + "-".repeat(16) + "|");
            row(
                    rows,
                    "delivered msgs/s / rate (run A)",
                    String.format(Locale.ROOT, "%.1f / %d = %.3f", deliveredPerSecond, RATE, deliveredPerSecond / RATE),
                    ">= 0.95");
            row(rows, "429s provoked (run A)", String.valueOf(tooMany), "0");
            row(rows, "duplicates without a crash (run A)", String.valueOf(duplicatesA), "0");
            row(rows, "lost after kill -9 at 40 % (run B)", String.valueOf(lostB), "0");
            row(
                    rows,
                    "duplicated after kill -9 at 40 % (run B)",
                    String.format(Locale.ROOT, "%d (%.3f %%)", duplicatedB, 100.0 * duplicatedB / FOLLOWERS),
                    "<= 0.5 %");
            row(
                    rows,
                    "updates/s ingested (/start + /subscribe)",
                    String.format(Locale.ROOT, "%.0f (%,d in %.1f s)", updatesPerSecond, 2 * FOLLOWERS, ingestSeconds),
                    "-");
            row(rows, "bot RSS at the end", String.format(Locale.ROOT, "%.1f MB", rssKb / 1024.0), "<= 256 MB");
            rows.add("");
            rows.add(String.format(
                    Locale.ROOT,
                    "run A: %,d notices in %.1f s; run B: killed with %,d of %,d delivered, "
                            + "restart to polling %.1f s; retry_after violations: %d",
                    sendsA.size(),
                    seconds,
                    deliveredAtKill,
                    FOLLOWERS,
                    restartSeconds,
                    telegram.retryAfterViolations()));
        }
        String report = String.join("\n", rows) + "\n";
        System.out.println("\n" + report);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "benchmark-latest.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(List<String> rows, String measure, String result, String goal) {
        rows.add(String.format(Locale.ROOT, "| %-52s | %-24s | %-14s |", measure, result, goal));
    }

    /**
     * Waits cheaply (the fake polls the condition every 10 ms, on the cores the bot needs) for the number of
     * sends, then checks every follower.
     */
    private static void awaitAll(
            FakeTelegram telegram, List<FakeUser> users, String marker, int sends, Duration limit) {
        await(telegram, () -> telegram.callCount("sendMessage") >= sends, limit, "the notices of " + marker);
        await(
                telegram,
                () -> users.stream().allMatch(u -> count(telegram, u, marker) > 0),
                Duration.ofSeconds(60),
                "every follower to have " + marker);
    }

    private static void await(FakeTelegram telegram, BooleanSupplier condition, Duration limit, String what) {
        telegram.await(condition, limit, what);
    }

    /** When each successful notice carrying the marker was sent, in order. */
    private static List<Instant> notices(FakeTelegram telegram, String marker) {
        return telegram.calls("sendMessage").stream()
                .filter(call -> call.param("text") != null && call.param("text").contains(marker))
                .map(RecordedCall::at)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private static long count(FakeTelegram telegram, FakeUser user, String marker) {
        return telegram.deliveredTextsTo(user.id()).stream()
                .filter(text -> text.contains(marker))
                .count();
    }
}
