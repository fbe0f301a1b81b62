package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A status change survives SIGKILL in the middle of its delivery: after the restart every follower gets
 * the notice, and only the few sends that were in flight at the kill can arrive twice.
 */
@EndToEnd
class NotificationResumeE2ETest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final long MODERATOR = 750_000_001L;
    static final int FOLLOWERS = 50;
    /** The sender has at most 4 calls in flight; a kill can repeat only those. */
    static final int IN_FLIGHT = 4;

    @TempDir
    Path folder;

    FakeTelegram telegram;
    BotProcess bot;

    @BeforeEach
    void start() {
        telegram = FakeTelegram.start("700003:E2E-token");
        telegram.setGlobalRate(10);
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATORS", String.valueOf(MODERATOR))
                .set("BOT_SEND_RATE", "10")
                .startAndAwaitPolling(telegram);
    }

    @AfterEach
    void stop() {
        bot.close();
        LogPrivacy.assertRevealsNothing(bot, telegram);
        telegram.close();
    }

    @Test
    void kill_9_in_the_middle_of_a_delivery_loses_nothing_and_repeats_at_most_the_calls_in_flight() {
        List<FakeUser> followers = new ArrayList<>();
        for (int i = 0; i < FOLLOWERS; i++) {
            FakeUser follower = telegram.user(751_000_001L + i);
            follower.send("/subscribe R3");
            followers.add(follower);
        }
        followers.forEach(follower -> follower.awaitMessageContaining("You now follow R3", WAIT));
        FakeUser moderator = telegram.user(MODERATOR);

        StatusChanges.pressConfirmPrivately(moderator, "R3 in_progress Resumes after a crash", WAIT);
        telegram.await(() -> delivered(followers) >= FOLLOWERS * 4 / 10, WAIT, "40 % of the notices");
        bot.kill();
        long beforeRestart = delivered(followers);
        assertThat(beforeRestart)
                .as("the kill came before the end of the delivery")
                .isLessThan(FOLLOWERS);

        bot.startAndAwaitPolling(telegram);
        telegram.await(
                () -> followers.stream().allMatch(f -> notices(f) >= 1),
                Duration.ofSeconds(60),
                "every follower to have the notice");

        long duplicates = followers.stream().mapToLong(f -> notices(f) - 1).sum();
        assertThat(duplicates).as("notices received twice").isLessThanOrEqualTo(IN_FLIGHT);
        assertThat(telegram.tooManyRequestsCount()).isZero();
        assertThat(telegram.retryAfterViolations()).isZero();
        assertThat(telegram.rejectedCalls()).isEmpty();
    }

    long delivered(List<FakeUser> followers) {
        return followers.stream().filter(f -> notices(f) >= 1).count();
    }

    long notices(FakeUser follower) {
        return telegram.deliveredTextsTo(follower.id()).stream()
                .filter(text -> text.contains("New status"))
                .count();
    }
}
