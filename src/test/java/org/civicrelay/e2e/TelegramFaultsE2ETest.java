package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.fakebotapi.NewerApiPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the real polling loop can show: updates from a newer Bot API mixed with ordinary ones, and
 * every way Telegram's getUpdates can fail (409, 401 mid-run, 429, 5xx and dropped connections for
 * minutes), each said once in plain words in the log, with the bot serving people again afterwards.
 */
@EndToEnd
class TelegramFaultsE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** How long the outage test keeps Telegram away: two minutes, as a real outage would last. */
    static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("e2e.outage-seconds", 120));

    @TempDir
    Path folder;

    FakeTelegram telegram;
    BotProcess bot;

    @BeforeEach
    void fakeTelegram() {
        telegram = FakeTelegram.start("700004:FAULTS-token");
    }

    @AfterEach
    void stop() {
        BotChecks.stop(bot, telegram);
    }

    @Test
    void unreadable_updates_are_skipped_answered_and_do_not_hold_up_anyone_else() {
        bot = BotProcess.against(telegram, folder).startAndAwaitPolling(telegram);
        FakeUser ana = telegram.user(750_000_001L).languageCode("ru");
        FakeUser ben = telegram.user(750_000_002L);
        FakeUser cai = telegram.user(750_000_003L);
        FakeUser dan = telegram.user(750_000_004L);

        // One batch: the updates wait while the connection to the bot is down, then arrive together.
        telegram.faults().dropConnections(true);
        telegram.await(() -> telegram.faults().droppedConnections() >= 1, WAIT, "a dropped poll");
        long first = telegram.enqueueRawUpdate(NewerApiPayloads.messageFromUserWithoutIsBot(ana, "Привет"));
        telegram.enqueueRawUpdate(NewerApiPayloads.messageWithoutChatType(ben, "hello there"));
        telegram.enqueueRawUpdate(NewerApiPayloads.giftWithoutConvertStarCount(cai));
        telegram.enqueueRawUpdate(NewerApiPayloads.chatBackgroundOfFutureType(cai));
        telegram.enqueueRawUpdate(NewerApiPayloads.forwardWithFutureOrigin(cai, "forwarded words"));
        telegram.enqueueRawUpdate(NewerApiPayloads.myChatMemberWithFutureStatus(cai));
        telegram.enqueueRawUpdate(NewerApiPayloads.futureUpdateKind(cai));
        dan.send("/help");
        long last = telegram.enqueueRawUpdate(NewerApiPayloads.textWithNewerFields(cai, "/start"));
        telegram.faults().dropConnections(false);

        dan.awaitMessageContaining("What you can do", WAIT);
        ana.awaitMessageContaining("Не получилось прочитать", WAIT);
        ben.awaitMessageContaining("could not read that message", WAIT);
        cai.awaitMessageContaining("Telegram itself knows", WAIT);
        telegram.await(() -> telegram.confirmedUpdateId() >= last, WAIT, "every update to be confirmed");

        String log = bot.output();
        assertThat(log).contains("Skipped an update the bot cannot read (kind message, update_id " + first + ")");
        assertThat(log.lines().filter(line -> line.contains("Skipped an update")))
                .as("the unreadable ones only; a gift" + " or background of a newer shape is read without that part")
                .hasSize(2);
        assertThat(cai.messages())
                .as("a forwarded text from a newer API is still read: it is stray text")
                .anyMatch(m -> m.plainText().contains("Send this as a suggestion"));
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
    }

    @Test
    void an_unreadable_button_press_is_answered_so_the_phone_stops_spinning() {
        bot = BotProcess.against(telegram, folder).startAndAwaitPolling(telegram);
        FakeUser eva = telegram.user(750_000_005L);
        eva.send("/suggest");
        var workingGroups = eva.awaitReply(WAIT);

        telegram.enqueueRawUpdate(
                NewerApiPayloads.callbackWithUnknownNestedObject(eva, workingGroups, "suggest:media"));

        eva.awaitMessageContaining("Write your suggestion", WAIT);
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
    }

    @Test
    void another_poller_with_the_same_token_is_named_in_one_line_and_the_bot_recovers() {
        bot = BotProcess.against(telegram, folder).startAndAwaitPolling(telegram);
        FakeUser fay = telegram.user(750_000_006L);

        telegram.faults().startRivalPoller();
        awaitLog("409 Conflict: another process is polling with this token: stop it, or revoke the token in @BotFather"
                + " if it is not yours");
        telegram.faults().stopRivalPoller();
        fay.send("/help");

        fay.awaitMessageContaining("What you can do", WAIT);
        awaitLog("Polling alone again after");
        assertThat(bot.output().lines().filter(line -> line.contains("409 Conflict")))
                .as("said once, not per call")
                .hasSize(1);
    }

    @Test
    void a_token_revoked_while_running_stops_the_bot_with_exit_code_2() {
        bot = BotProcess.against(telegram, folder).startAndAwaitPolling(telegram);

        telegram.faults().revokeToken();

        assertThat(bot.waitFor(Duration.ofSeconds(30))).as("the bot exits").isTrue();
        assertThat(bot.exitCode()).isEqualTo(2);
        assertThat(bot.output())
                .contains("Invalid setting BOT_TOKEN (bot.token): Telegram rejects this token (401")
                .doesNotContain(telegram.token().substring(telegram.token().indexOf(':') + 1));
    }

    @Test
    void too_many_requests_on_getupdates_waits_as_long_as_telegram_asks() {
        bot = BotProcess.against(telegram, folder).startAndAwaitPolling(telegram);
        FakeUser gus = telegram.user(750_000_007L);

        telegram.faults().failGetUpdates(429, "Too Many Requests: retry after 3", 3);
        telegram.await(() -> telegram.rejectedCalls(429).size() >= 1, WAIT, "a 429 on getUpdates");
        Instant refused = Instant.now();
        telegram.faults().restoreGetUpdates();
        gus.send("/help");
        gus.awaitMessageContaining("What you can do", WAIT);

        List<Instant> polls = telegram.faults().pollTimes();
        Instant next =
                polls.stream().filter(at -> at.isAfter(refused)).findFirst().orElseThrow();
        assertThat(Duration.between(refused, next))
                .as("no poll before retry_after")
                .isGreaterThanOrEqualTo(Duration.ofMillis(2_900));
        assertThat(bot.output()).contains("getUpdates: 429 Too Many Requests; waiting 3 s as Telegram asks");
    }

    @Test
    void minutes_of_server_errors_and_dropped_connections_are_ridden_out_and_reported_with_their_length()
            throws IOException {
        AtomicInteger pings = new AtomicInteger();
        HttpServer monitor = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        monitor.createContext("/ping", exchange -> {
            pings.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        monitor.start();
        try {
            bot = BotProcess.against(telegram, folder)
                    .set(
                            "BOT_HEARTBEAT_URL",
                            "http://127.0.0.1:" + monitor.getAddress().getPort() + "/ping")
                    .set("BOT_HEARTBEAT_INTERVAL", "10s")
                    .startAndAwaitPolling(telegram);
            Path heartbeat = bot.databaseFile().resolveSibling("civic-relay.heartbeat");
            telegram.await(() -> Files.exists(heartbeat) && pings.get() >= 1, WAIT, "a heartbeat file and a ping");
            FakeUser hal = telegram.user(750_000_008L);

            telegram.faults().failGetUpdates(502, "Bad Gateway", null);
            Instant start = Instant.now();
            telegram.await(() -> elapsed(start).compareTo(OUTAGE.dividedBy(2)) >= 0, OUTAGE, "half the outage");
            telegram.faults().dropConnections(true);
            hal.send("/help");
            Instant lastTouch = modified(heartbeat);
            int pingsDuringOutage = pings.get();
            telegram.await(() -> elapsed(start).compareTo(OUTAGE) >= 0, OUTAGE, "the whole outage");
            assertThat(modified(heartbeat))
                    .as("the heartbeat file ages while Telegram is away")
                    .isEqualTo(lastTouch);
            assertThat(pings.get())
                    .as("no ping while the bot cannot serve anyone")
                    .isEqualTo(pingsDuringOutage);
            List<Instant> polls = telegram.faults().pollTimes().stream()
                    .filter(at -> at.isAfter(start))
                    .toList();
            telegram.faults().dropConnections(false);
            telegram.faults().restoreGetUpdates();

            hal.awaitMessageContaining("What you can do", WAIT);
            telegram.await(() -> modified(heartbeat).isAfter(lastTouch), WAIT, "the heartbeat file to be renewed");
            assertThat(polls.size())
                    .as("retries spaced by the back-off (2 s at most here), not a tight loop")
                    .isBetween((int) (OUTAGE.toSeconds() / 3), (int) (OUTAGE.toSeconds() * 2));
            String log = bot.output();
            assertThat(log)
                    .contains("Bot API unreachable (getUpdates: HTTP 502); retrying with back-off, at most every 2 s");
            Matcher reported = Pattern.compile("Bot API reachable again after (\\d+) min (\\d+) s down \\(\\d+"
                            + " failed getUpdates calls; last: \\w+Exception\\)")
                    .matcher(log);
            assertThat(reported.find())
                    .as("the end of the outage reported with its length")
                    .isTrue();
            // The bot counts from its own first failed call to its first answered one: on a busy machine the first
            // failure can come a moment after the test's start, so the length can be a second short of OUTAGE.
            assertThat(Duration.ofMinutes(Long.parseLong(reported.group(1)))
                            .plusSeconds(Long.parseLong(reported.group(2))))
                    .as("the outage's length")
                    .isGreaterThanOrEqualTo(OUTAGE.minusSeconds(5))
                    .isLessThan(OUTAGE.plusMinutes(1));
            assertThat(log.lines().filter(line -> line.contains("unreachable")).count())
                    .as("one line at the start and one every five minutes, not one per call")
                    .isLessThanOrEqualTo(2);
        } finally {
            monitor.stop(0);
        }
    }

    private void awaitLog(String text) {
        telegram.await(() -> bot.output().contains(text), WAIT, "the log to say: " + text);
    }

    private static Duration elapsed(Instant since) {
        return Duration.between(since, Instant.now());
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
