package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.fakebotapi.RejectedCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Status notifications against the real bot process and a fake Bot API: one reaching a follower (the smoke
 * test), and the sender keeping within Telegram's limits (a 429 with retry_after, a server enforcing the bot's
 * own rate). Each test uses its own recommendation (the example catalogue has R1-R12), so that notifications
 * of one test never reach the users of another. Browsing, following and the rest of /setstatus are tested
 * in-process ({@code telegram.follow.FollowFlowTest}).
 */
@EndToEnd
class FollowE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long MODERATORS_CHAT = -1001234567890L;
    static final long MODERATOR = 730_000_001L;
    static final String NOTICE = "New status";

    @TempDir
    static Path folder;

    static FakeTelegram telegram;
    static BotProcess bot;
    static FakeGroup moderatorsChat;
    static FakeUser moderator;
    static long nextUser = 740_000_001L;

    private int rejectedBefore;
    private Set<Integer> expectedRejections = Set.of();

    @BeforeAll
    static void startBot() {
        telegram = FakeTelegram.start("700002:E2E-token");
        moderator = telegram.user(MODERATOR);
        moderatorsChat = telegram.group(MODERATORS_CHAT, "supergroup").withMember(moderator);
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("BOT_MODERATORS", MODERATOR + ",730000002")
                .startAndAwaitPolling(telegram);
    }

    @AfterAll
    static void stopBot() {
        if (bot != null) {
            bot.close();
            LogPrivacy.assertRevealsNothing(bot, telegram);
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    @BeforeEach
    void rememberRejections() {
        rejectedBefore = telegram.rejectedCalls().size();
    }

    @AfterEach
    void botApiWasUsedCorrectly() {
        telegram.await(() -> telegram.unansweredCallbacks().isEmpty(), WAIT, "every button press to be answered");
        List<RejectedCall> rejected = telegram.rejectedCalls();
        assertThat(rejected.subList(rejectedBefore, rejected.size()))
                .as("Bot API calls the real server would reject")
                .allMatch(call -> expectedRejections.contains(call.errorCode()));
        assertThat(telegram.retryAfterViolations())
                .as("requests made while a 429 was running")
                .isZero();
        assertThat(telegram.unimplementedCalls()).isEmpty();
        assertThat(bot.isAlive()).as("the bot is still running").isTrue();
    }

    static FakeUser newUser() {
        FakeUser user = telegram.user(nextUser++);
        user.send("/start");
        user.awaitReply(WAIT);
        return user;
    }

    @Test
    void moderators_can_change_a_status_privately_too() {
        FakeUser follower = newUser();
        follower.send("/subscribe R2");
        follower.awaitReply(WAIT);

        assertThat(StatusChanges.confirmPrivately(moderator, "R2 accepted", WAIT)
                        .plainText())
                .contains("R2 is now Accepted", "1");
        assertThat(follower.awaitMessageContaining(NOTICE, WAIT).plainText()).contains("R2", "Accepted");
    }

    @Test
    void an_injected_429_pauses_all_sending_for_retry_after_and_everyone_still_gets_the_notice() {
        expectedRejections = Set.of(429);
        List<FakeUser> followers = followers("R9", 4);
        int before = telegram.tooManyRequestsCount();

        telegram.failNext("sendMessage", 429, "Too Many Requests: retry after 2", 2);
        StatusChanges.confirmPrivately(moderator, "R9 under_review", WAIT);

        followers.forEach(follower -> follower.awaitMessageContaining(NOTICE, WAIT));
        assertThat(telegram.tooManyRequestsCount() - before).isEqualTo(1);
        assertThat(telegram.retryAfterViolations()).isZero();
        followers.forEach(follower -> assertThat(notices(follower, "R9")).isEqualTo(1));
    }

    @Test
    void a_server_enforcing_the_bots_own_rate_never_has_to_say_429() {
        List<FakeUser> followers = followers("R12", 40);
        int before = telegram.tooManyRequestsCount();
        telegram.setGlobalRate(25); // BOT_SEND_RATE's default, which this bot runs with
        try {
            StatusChanges.confirmPrivately(moderator, "R12 accepted Same rate as the server", WAIT);
            followers.forEach(follower -> follower.awaitMessageContaining(NOTICE, WAIT));
        } finally {
            telegram.setGlobalRate(30);
        }
        assertThat(telegram.tooManyRequestsCount() - before).isZero();
        followers.forEach(follower -> assertThat(notices(follower, "R12")).isEqualTo(1));
    }

    // ---- helpers

    static List<FakeUser> followers(String id, int count) {
        List<FakeUser> users = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> {
            FakeUser user = telegram.user(nextUser++);
            user.send("/subscribe " + id);
            users.add(user);
        });
        users.forEach(user -> user.awaitMessageContaining("You now follow " + id, WAIT));
        return users;
    }

    static long notices(FakeUser user, String id) {
        return telegram.deliveredTextsTo(user.id()).stream()
                .filter(text -> text.contains(NOTICE) && text.contains(id + " "))
                .count();
    }
}
