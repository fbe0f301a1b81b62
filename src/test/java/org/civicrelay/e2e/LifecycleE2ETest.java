package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot as a process: restarts, crashes, outages, shutdown, and settings it must refuse. */
@EndToEnd
class LifecycleE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long MODERATORS_CHAT = -1009876543210L;

    @TempDir
    Path folder;

    FakeTelegram telegram;
    BotProcess bot;

    @BeforeEach
    void fakeTelegram() {
        telegram = FakeTelegram.start("700002:LIFECYCLE-token");
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        telegram.close();
        LogPrivacy.assertRevealsNothing(bot, telegram);
    }

    private BotProcess bot() {
        telegram.group(MODERATORS_CHAT, "supergroup"); // the chat exists, as in production
        return BotProcess.against(telegram, folder).set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT));
    }

    @Test
    void a_suggestion_in_progress_survives_a_kill_and_restart() {
        FakeGroup moderators = telegram.group(MODERATORS_CHAT, "supergroup");
        FakeUser user = telegram.user(740_000_001L);
        bot = bot().startAndAwaitPolling(telegram);
        user.send("/suggest");
        user.press(user.awaitReply(WAIT), "Barriers to civil-society participation at the OSCE");
        user.awaitMessageContaining("Write your suggestion", WAIT);
        user.send("Written before the crash, sent after it.");
        BotMessage review = user.awaitReply(WAIT);
        telegram.awaitUpdatesConfirmed(WAIT);

        bot.kill();
        bot.startAndAwaitPolling(telegram);

        user.press(review, Activists.ANONYMOUS);
        BotMessage stored = user.awaitMessage(
                m -> m.messageId() == review.messageId() && m.plainText().contains("Reference"), WAIT);
        BotMessage card = moderators.awaitMessage(m -> m.plainText().contains("Written before the crash"), WAIT);
        assertThat(card.plainText()).contains(stored.plainText().replaceAll("(?s).*?Reference: (S-[A-Z0-9]+).*", "$1"));
        assertNoBadCalls();
    }

    @Test
    void an_update_handled_but_not_confirmed_before_a_crash_is_not_handled_twice() {
        FakeUser user = telegram.user(740_000_002L);
        bot = bot().startAndAwaitPolling(telegram);
        // The getUpdates that would confirm the next update fails for a while: the bot handles the update,
        // then cannot tell Telegram so before it is killed. Telegram will deliver it again.
        for (int i = 0; i < 4; i++) {
            telegram.failNext("getUpdates", 502, "Bad Gateway", null);
        }
        user.send("/help");
        user.awaitMessageContaining("/suggest", WAIT);
        // Sending is at-least-once too: wait until the sent reply has left the outbox, so that only the
        // update's redelivery is under test.
        telegram.await(() -> bot.count("SELECT count(*) FROM outbox") == 0, WAIT, "the outbox to be empty");
        assertThat(telegram.confirmedUpdateId()).as("not yet confirmed").isLessThan(telegram.lastUpdateId());
        bot.kill();

        bot.startAndAwaitPolling(telegram);
        telegram.awaitUpdatesConfirmed(WAIT);
        user.send("/privacy");
        user.awaitMessageContaining("What Civic Relay keeps", WAIT);
        assertThat(user.messages())
                .filteredOn(m -> m.plainText().contains("What you can do"))
                .as("the /help answer, once")
                .hasSize(1);
        assertNoBadCalls();
    }

    @Test
    void a_bot_api_outage_is_ridden_out_with_capped_back_off() {
        FakeUser user = telegram.user(740_000_003L);
        bot = bot().startAndAwaitPolling(telegram);
        telegram.setOutage(true);
        user.send("/help");
        telegram.await(() -> failedPolls() >= 3, WAIT, "the bot to keep retrying");
        Instant calm = Instant.now();
        int during = failedPolls();
        telegram.await(() -> Duration.between(calm, Instant.now()).toMillis() >= 4_000, WAIT, "four seconds of outage");
        assertThat(failedPolls() - during)
                .as("retries in 4 s with the back-off capped at 2 s: spaced out, not a tight loop")
                .isBetween(1, 6);
        telegram.setOutage(false);

        user.awaitMessageContaining("What you can do", WAIT);
        assertThat(bot.isAlive()).isTrue();
        assertThat(bot.output()).doesNotContain("Exception in thread");
    }

    @Test
    void sigterm_stops_a_long_poll_and_exits_within_ten_seconds() {
        bot = bot().set("BOT_POLLING_TIMEOUT_SECONDS", "50").startAndAwaitPolling(telegram);
        // startAndAwaitPolling saw the first getUpdates: with nothing to deliver, it now waits 50 s on the server
        Duration took = bot.terminate(Duration.ofSeconds(10));
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(bot.output()).contains("Long polling stopped");
    }

    @Test
    void replies_queued_in_the_database_are_sent_after_a_crash() {
        FakeUser user = telegram.user(740_000_004L);
        bot = bot().startAndAwaitPolling(telegram);
        telegram.failNext("sendMessage", 502, "Bad Gateway", null);
        telegram.failNext("sendMessage", 502, "Bad Gateway", null);
        user.send("/start");
        telegram.await(() -> telegram.rejectedCalls(502).size() >= 1, WAIT, "the reply to fail once");
        bot.kill();
        bot.startAndAwaitPolling(telegram);
        assertThat(user.awaitMessageContaining("Civic Relay", WAIT).plainText()).contains("/privacy");
    }

    @Test
    void a_token_telegram_rejects_stops_the_bot_with_one_clear_line() {
        bot = bot().set("BOT_TOKEN", "700002:WRONG").start();
        assertThat(bot.waitFor(Duration.ofSeconds(60))).as("the bot exits").isTrue();
        assertThat(bot.exitCode()).isNotZero();
        assertThat(bot.output()).contains("BOT_TOKEN").doesNotContain("WRONG");
    }

    @Test
    void a_missing_token_stops_start_up_with_one_line_naming_it() {
        assertRefusesToStart(Map.of(), "BOT_TOKEN");
    }

    @Test
    void malformed_moderator_ids_stop_start_up() {
        assertRefusesToStart(Map.of("BOT_TOKEN", "1:x", "BOT_MODERATORS", "123,abc"), "BOT_MODERATORS");
    }

    @Test
    void a_positive_moderators_chat_id_stops_start_up() {
        assertRefusesToStart(Map.of("BOT_TOKEN", "1:x", "BOT_MODERATOR_CHAT_ID", "12345"), "BOT_MODERATOR_CHAT_ID");
    }

    @Test
    void an_unwritable_database_path_stops_start_up() {
        assertRefusesToStart(Map.of("BOT_TOKEN", "1:x", "BOT_DB_PATH", "/proc/civic-relay/db.sqlite"), "BOT_DB_PATH");
    }

    @Test
    void a_malformed_data_key_stops_start_up_without_echoing_it() {
        String output = assertRefusesToStart(
                Map.of("BOT_TOKEN", "1:x", "BOT_DATA_KEY", "c2VjcmV0LWJ1dC1zaG9ydA=="), "BOT_DATA_KEY");
        assertThat(output).doesNotContain("c2VjcmV0LWJ1dC1zaG9ydA");
    }

    @Test
    void a_catalogue_with_duplicate_ids_stops_start_up() throws IOException {
        String config =
                Files.readString(BotProcess.PROJECT.resolve("bot-config.yml")).replace("id: R2", "id: R1");
        Path file = folder.resolve("duplicate.yml");
        Files.writeString(file, config);
        assertRefusesToStart(Map.of("BOT_TOKEN", "1:x", "BOT_CONFIG", file.toString()), "R1");
    }

    @Test
    void a_missing_config_file_stops_start_up_naming_it() {
        assertRefusesToStart(
                Map.of(
                        "BOT_TOKEN",
                        "1:x",
                        "BOT_CONFIG",
                        folder.resolve("nowhere.yml").toString()),
                "nowhere.yml");
    }

    private String assertRefusesToStart(Map<String, String> env, String named) {
        Map<String, String> withDb = new java.util.HashMap<>(env);
        withDb.putIfAbsent("BOT_DB_PATH", folder.resolve("db/civic-relay.db").toString());
        withDb.putIfAbsent("BOT_API_URL", telegram.baseUrl());
        bot = BotProcess.withEnvironment(withDb, folder).start();
        assertThat(bot.waitFor(Duration.ofSeconds(60)))
                .as("the bot exits by itself")
                .isTrue();
        String output = bot.output();
        assertThat(bot.exitCode()).as(output).isNotZero();
        List<String> problem =
                output.lines().filter(line -> line.contains("civic-relay: ")).toList();
        assertThat(problem).as(output).hasSize(1);
        assertThat(problem.get(0)).contains(named);
        assertThat(output).as("no stack trace").doesNotContain("\tat ");
        assertThat(telegram.callCount("getUpdates")).isZero();
        return output;
    }

    private int failedPolls() {
        return (int) telegram.rejectedCalls(502).stream()
                .filter(call -> call.method().equalsIgnoreCase("getUpdates"))
                .count();
    }

    private void assertNoBadCalls() {
        telegram.await(() -> telegram.unansweredCallbacks().isEmpty(), WAIT, "every button press to be answered");
        assertThat(telegram.rejectedCalls())
                .filteredOn(call -> call.errorCode() < 500)
                .isEmpty();
    }
}
