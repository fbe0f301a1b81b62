package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flood against the real bot process: the flooder is throttled, everyone else is still served at once,
 * and nobody writing normally is slowed down; with the bot's log at DEBUG, so that LogPrivacy covers debug
 * lines too. Every other kind of bad and hostile input (limits, markup, media, forged and replayed buttons,
 * strangers' groups) is tested in-process: {@code telegram.suggest.SuggestFlowTest}, {@code telegram.bot.RoutingTest}.
 */
@EndToEnd
class HostileInputE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long MODERATORS_CHAT = -1005550000001L;

    @TempDir
    static Path folder;

    static FakeTelegram telegram;
    static BotProcess bot;
    static FakeGroup moderators;
    static long nextUser = 760_000_001L;

    @BeforeAll
    static void startBot() {
        telegram = FakeTelegram.start("700004:HOSTILE-token");
        moderators = telegram.group(MODERATORS_CHAT, "supergroup");
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("LOGGING_LEVEL_ORG_CIVICRELAY", "DEBUG") // so that LogPrivacy covers debug lines too
                .startAndAwaitPolling(telegram);
    }

    @AfterAll
    static void stopBot() {
        BotChecks.stop(bot, telegram);
    }

    @AfterEach
    void nothingRejectedNothingCrashed() {
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
        assertThat(bot.output()).doesNotContain("Handling an update failed");
    }

    static FakeUser newUser() {
        return telegram.user(nextUser++);
    }

    @Test
    void a_flooding_user_is_throttled_and_others_are_still_served_within_two_seconds() {
        FakeUser flooder = newUser();
        FakeUser other = newUser();
        for (int i = 0; i < 300; i++) {
            flooder.send("flood " + i);
        }
        // The notice comes after the replies already allowed, which leave at one a second.
        flooder.awaitMessageContaining("very fast", Duration.ofSeconds(90));
        Instant asked = Instant.now();
        other.send("/help");
        other.awaitMessageContaining("What you can do", WAIT);
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(2));
        telegram.awaitUpdatesConfirmed(WAIT);
        long answered = flooder.messages().stream()
                .filter(m -> m.plainText().contains("/suggest"))
                .count();
        assertThat(answered).as("only the allowance is handled").isLessThanOrEqualTo(45);
    }

    @Test
    void a_person_writing_normally_is_never_throttled() {
        FakeUser user = newUser();
        for (int i = 0; i < 20; i++) {
            user.send("/help");
        }
        telegram.await(
                () -> user.messages().stream()
                                .filter(m -> m.plainText().contains("What you can do"))
                                .count()
                        == 20,
                Duration.ofSeconds(40),
                "twenty answers, one a second");
        assertThat(user.messages()).noneMatch(m -> m.plainText().contains("very fast"));
    }
}
