package org.civicrelay.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many updates a second the bot stores with {@code synchronous=FULL} (every acknowledged update
 * survives a power cut): N people each send /start and /subscribe R7 while the bot is already polling,
 * timed until Telegram has been told every update was handled. Several runs, median reported.
 *
 * <pre>
 * ./mvnw -B test -Pbenchmark -Dtest=IngestBenchmark                       # 10,000 people, 3 runs
 * ./mvnw -B test -Pbenchmark -Dtest=IngestBenchmark -Dbench.people=2000   # quicker
 * </pre>
 */
@Tag("benchmark")
class IngestBenchmark {

    static final int PEOPLE = Integer.getInteger("bench.people", 10_000);
    static final int RUNS = Integer.getInteger("bench.runs", 3);

    @TempDir
    Path folder;

    @Test
    void updates_stored_per_second_with_full_durability() {
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            try (FakeTelegram telegram = FakeTelegram.start("700010:INGEST-token");
                    BotProcess bot = BotProcess.against(telegram, folder.resolve("run-" + run))
                            .maxHeap("128m")) {
                telegram.setRateLimitsEnabled(false);
                bot.startAndAwaitPolling(telegram);
                // The updates are queued while the bot's polls are dropped, then read as fast as it can.
                telegram.faults().dropConnections(true);
                telegram.await(
                        () -> telegram.faults().droppedConnections() >= 1, Duration.ofSeconds(30), "a dropped poll");
                for (int i = 0; i < PEOPLE; i++) {
                    var person = telegram.user(800_000_001L + i);
                    person.send("/start");
                    person.send("/subscribe R7");
                }
                long start = System.nanoTime();
                telegram.faults().dropConnections(false);
                telegram.awaitUpdatesConfirmed(Duration.ofSeconds(60 + PEOPLE / 20));
                double seconds = (System.nanoTime() - start) / 1e9;
                rates.add(2.0 * PEOPLE / seconds);
            }
        }
        List<Double> sorted = rates.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "%n---- Civic Relay: ingest with synchronous=FULL, %s ----%n"
                        + "machine: %d cores (shared with other work), %s %s, Java %s; bot JVM -Xmx128m%n"
                        + "%,d updates (/start and /subscribe R7 from %,d people) per run, %d runs: median %.0f updates/s"
                        + " (min %.0f, max %.0f)%n",
                ZonedDateTime.now(ZoneOffset.UTC).withNano(0),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                2 * PEOPLE,
                PEOPLE,
                RUNS,
                sorted.get(sorted.size() / 2),
                sorted.get(0),
                sorted.get(sorted.size() - 1));
    }
}
