package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thousands of updates waiting after downtime: all handled, once each, within Telegram's limits. */
@EndToEnd
class BacklogE2ETest {

    static final int USERS = 600;
    static final String[] MESSAGES = {"/start", "/help", "/privacy", "hello", "/cancel"};

    @TempDir
    Path folder;

    FakeTelegram telegram;
    BotProcess bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        telegram.close();
        LogPrivacy.assertRevealsNothing(bot, telegram);
    }

    @Test
    void a_backlog_of_three_thousand_updates_is_worked_through_without_a_single_429() {
        telegram = FakeTelegram.start("700005:BACKLOG-token");
        telegram.setGlobalRate(150); // and the bot allows itself as much: the test checks pacing, not patience
        List<FakeUser> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            FakeUser user = telegram.user(770_000_000L + u);
            for (String text : MESSAGES) {
                user.send(text);
            }
            users.add(user);
        }
        assertThat(telegram.pendingUpdates()).isEqualTo(USERS * MESSAGES.length);

        bot = BotProcess.against(telegram, folder).set("BOT_SEND_RATE", "150").startAndAwaitPolling(telegram);

        telegram.await(
                () -> users.stream().allMatch(user -> user.messages().size() == MESSAGES.length),
                Duration.ofSeconds(150),
                "every message of the backlog to be answered");
        telegram.awaitUpdatesConfirmed(Duration.ofSeconds(20));
        assertThat(telegram.tooManyRequestsCount()).isZero();
        assertThat(telegram.rejectedCalls()).isEmpty();
        assertThat(users).allSatisfy(user -> assertThat(user.messages()).hasSize(MESSAGES.length));
        assertThat(bot.isAlive()).isTrue();
    }
}
