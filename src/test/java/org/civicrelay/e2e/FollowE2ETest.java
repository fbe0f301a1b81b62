package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.civicrelay.fakebotapi.BotMessage;
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
 * Recommendations, follows and status notifications, against the real bot process and a fake Bot
 * API. Each test uses its own recommendation (the example catalogue has R1-R12), so that notifications of
 * one test never reach the users of another.
 */
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
        assertThat(telegram.retryAfterViolations()).as("requests made while a 429 was running").isZero();
        assertThat(telegram.unimplementedCalls()).isEmpty();
        assertThat(bot.isAlive()).as("the bot is still running").isTrue();
    }

    static FakeUser newUser() {
        FakeUser user = telegram.user(nextUser++);
        user.send("/start");
        user.awaitReply(WAIT);
        return user;
    }

    // ---- browsing and subscribing

    @Test
    void browsing_by_working_group_shows_ids_titles_statuses_and_follow_buttons_that_show_the_state() {
        FakeUser user = newUser();
        user.send("/recommendations");
        BotMessage groups = user.awaitReply(WAIT);
        assertThat(groups.buttonLabels()).contains("Free media and countering disinformation");

        user.press(groups, "Free media and countering disinformation");
        BotMessage media = user.awaitEdit(groups, WAIT);
        assertThat(media.plainText()).contains("R4", "R5", "R6", "Protection mechanism for independent journalists",
                "Status: Proposed");
        assertThat(media.buttonLabels()).contains("\uD83D\uDD14 Follow R4", "Details R4");

        user.press(media, "\uD83D\uDD14 Follow R4");
        BotMessage following = user.awaitEdit(media, WAIT);
        assertThat(following.buttonLabels()).contains("\uD83D\uDD15 Unfollow R4", "\uD83D\uDD14 Follow R5");
        assertThat(telegram.callbacks()).last().satisfies(press -> assertThat(press.toString()).contains("R4"));

        user.send("/subscriptions");
        assertThat(user.awaitReply(WAIT).plainText()).contains("You follow 1", "R4",
                "Protection mechanism for independent journalists", "Proposed");

        user.press(following, "\uD83D\uDD15 Unfollow R4");
        assertThat(user.awaitEdit(following, WAIT).buttonLabels()).contains("\uD83D\uDD14 Follow R4");
        user.send("/subscriptions");
        assertThat(user.awaitReply(WAIT).plainText()).contains("You follow no recommendation yet");
    }

    @Test
    void following_and_unfollowing_by_command_with_helpful_answers_for_mistakes() {
        FakeUser user = newUser();
        user.send("/subscribe r5");
        assertThat(user.awaitReply(WAIT).plainText()).contains("You now follow R5", "fact-checking", "/unsubscribe R5");
        user.send("/subscribe R5");
        assertThat(user.awaitReply(WAIT).plainText()).contains("already follow R5");
        user.send("/subscribe R99");
        assertThat(user.awaitReply(WAIT).plainText()).contains("no recommendation R99", "/recommendations");
        user.send("/subscribe <b>oops</b>");
        assertThat(user.awaitReply(WAIT).plainText()).contains("no recommendation <b>oops</b>");
        user.send("/subscribe");
        assertThat(user.awaitReply(WAIT).plainText()).contains("/subscribe R7");

        user.send("/subscriptions");
        assertThat(user.awaitReply(WAIT).plainText()).contains("R5").doesNotContain("R99");
        user.send("/unsubscribe R5");
        assertThat(user.awaitReply(WAIT).plainText()).contains("no longer follow R5");
        user.send("/unsubscribe R5");
        assertThat(user.awaitReply(WAIT).plainText()).contains("not following R5");
        user.send("/subscriptions");
        assertThat(user.awaitReply(WAIT).plainText()).contains("no recommendation yet");
    }

    // ---- status changes

    @Test
    void a_status_change_notifies_every_follower_once_protected_and_nobody_else_and_shows_in_the_history() {
        FakeUser byButton = newUser();
        byButton.send("/recommendations");
        BotMessage groups = byButton.awaitReply(WAIT);
        byButton.press(groups, "recg:participation:0");
        BotMessage list = byButton.awaitEdit(groups, WAIT);
        byButton.press(list, "follow:on:R7:g0");
        byButton.awaitEdit(list, WAIT);
        FakeUser byCommand = newUser();
        byCommand.send("/subscribe R7");
        byCommand.awaitReply(WAIT);
        FakeUser bystander = newUser();
        bystander.send("/subscribe R8");
        bystander.awaitReply(WAIT);

        assertThat(StatusChanges.confirmInGroup(moderatorsChat, moderator, "/setstatus@" + telegram.botUsername()
                + " R7 in_progress Pilot <b>in March</b> & April", WAIT).plainText())
                .contains("R7 is now In progress", "Followers to notify: 2");

        for (FakeUser follower : List.of(byButton, byCommand)) {
            BotMessage notice = follower.awaitMessageContaining(NOTICE, WAIT);
            assertThat(notice.plainText()).contains("R7", "Remote participation in human-dimension meetings",
                    "In progress", "Pilot <b>in March</b> & April", "Выполняется", "/unsubscribe R7");
            assertThat(notice.protectContent()).isTrue();
        }
        // The bystander's last message arrives after the notices would have: the bot sends in order per lane.
        bystander.send("/help");
        bystander.awaitReply(WAIT);
        assertThat(telegram.deliveredTextsTo(bystander.id())).noneMatch(text -> text.contains(NOTICE));
        assertThat(notices(byButton, "R7")).isEqualTo(1);
        assertThat(notices(byCommand, "R7")).isEqualTo(1);

        byButton.send("/recommendations");
        BotMessage again = byButton.awaitReply(WAIT);
        byButton.press(again, "recg:participation:0");
        BotMessage page = byButton.awaitEdit(again, WAIT);
        assertThat(page.plainText()).contains("R7", "Status: In progress");
        byButton.press(page, "Details R7");
        BotMessage details = byButton.awaitEdit(page, WAIT);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(details.plainText()).contains("R7", "History", today + " \u2013 In progress",
                "Pilot <b>in March</b> & April", today + " \u2013 Proposed");
        assertThat(details.buttonLabels()).contains("\uD83D\uDD15 Unfollow R7", "\u00AB Back");
    }

    @Test
    void moderators_can_change_a_status_privately_too() {
        FakeUser follower = newUser();
        follower.send("/subscribe R2");
        follower.awaitReply(WAIT);

        assertThat(StatusChanges.confirmPrivately(moderator, "R2 accepted", WAIT).plainText()).contains("R2 is now Accepted", "1");
        assertThat(follower.awaitMessageContaining(NOTICE, WAIT).plainText()).contains("R2", "Accepted");
    }

    @Test
    void non_moderators_are_refused_and_nothing_changes_for_anyone() {
        FakeUser follower = newUser();
        follower.send("/subscribe R8");
        follower.awaitReply(WAIT);
        FakeUser intruder = newUser();

        intruder.send("/setstatus R8 declined");
        assertThat(intruder.awaitReply(WAIT).plainText()).contains("only the moderators");
        FakeUser member = telegram.user(nextUser++);
        moderatorsChat.withMember(member);
        int before = moderatorsChat.messages().size();
        moderatorsChat.memberSends(member, "/setstatus R8 declined");
        telegram.awaitUpdatesConfirmed(WAIT);
        intruder.send("/setstatus R8 declined");
        intruder.awaitReply(WAIT); // handled after the group's message, whose answer would be queued by now
        assertThat(moderatorsChat.messages()).as("silence in the moderators' chat").hasSize(before);

        follower.send("/subscriptions");
        assertThat(follower.awaitReply(WAIT).plainText()).contains("R8", "Proposed").doesNotContain("Declined");
        assertThat(telegram.deliveredTextsTo(follower.id())).noneMatch(text -> text.contains(NOTICE));
    }

    @Test
    void mistakes_in_setstatus_get_answers_that_list_what_is_valid() {
        moderator.send("/setstatus");
        assertThat(moderator.awaitReply(WAIT).plainText()).contains("/setstatus R7 in_progress", "under_review",
                "Implemented");
        moderator.send("/setstatus R1 bogus");
        assertThat(moderator.awaitReply(WAIT).plainText()).contains("bogus is not a status", "in_progress", "declined");
        moderator.send("/setstatus R999 accepted");
        assertThat(moderator.awaitReply(WAIT).plainText()).contains("no recommendation R999");
        moderator.send("/setstatus R1 accepted " + "x".repeat(501));
        assertThat(moderator.awaitReply(WAIT).plainText()).contains("501", "500");
    }

    // ---- delivery

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

    @Test
    void a_follower_telegram_refuses_with_403_is_erased_and_never_tried_again() {
        expectedRejections = Set.of(403);
        FakeUser stays = followers("R10", 1).get(0);
        FakeUser gone = followers("R10", 1).get(0);
        int sendsBefore = sendsTo(gone);
        gone.deactivates();

        assertThat(StatusChanges.confirmPrivately(moderator, "R10 accepted", WAIT).plainText())
                .contains("R10 is now Accepted", "notify: 2");
        stays.awaitMessageContaining(NOTICE, WAIT);
        telegram.await(() -> telegram.rejectedCalls(403).stream().anyMatch(call -> call.method().equals("sendMessage")),
                WAIT, "the 403 for the deactivated follower");

        assertThat(StatusChanges.confirmPrivately(moderator, "R10 implemented", WAIT).plainText())
                .contains("R10 is now Implemented", "notify: 1");
        stays.awaitMessageContaining("Implemented", WAIT);
        moderator.send("/help");
        moderator.awaitReply(WAIT);
        assertThat(sendsTo(gone) - sendsBefore).as("notices tried on the deactivated follower").isEqualTo(1);
    }

    @Test
    void a_follower_who_blocks_the_bot_follows_nothing_at_once() {
        FakeUser blocker = followers("R11", 1).get(0);
        int sendsBefore = sendsTo(blocker);
        blocker.blocksBot();
        telegram.awaitUpdatesConfirmed(WAIT);

        assertThat(StatusChanges.confirmPrivately(moderator, "R11 accepted", WAIT).plainText())
                .contains("R11 is now Accepted", "notify: 0");
        assertThat(sendsTo(blocker)).isEqualTo(sendsBefore);

        blocker.unblocksBot();
        blocker.send("/subscriptions");
        assertThat(blocker.awaitReply(WAIT).plainText()).contains("no recommendation yet");
    }

    @Test
    void the_command_menu_and_help_name_the_new_commands_in_both_languages() {
        telegram.await(() -> !telegram.myCommands("all_private_chats", "ru").isEmpty(), WAIT, "the Russian menu");
        assertThat(telegram.myCommands("all_private_chats", null)).extracting(c -> c.command())
                .containsSubsequence("suggest", "recommendations", "subscriptions", "subscribe", "unsubscribe")
                .doesNotContain("setstatus");
        FakeUser user = newUser();
        user.send("/help");
        assertThat(user.awaitReply(WAIT).plainText()).contains("/recommendations", "/subscribe R7", "/subscriptions");
        user.send("/privacy");
        assertThat(user.awaitReply(WAIT).plainText()).contains("Recommendations you follow:", "until you stop following it");
        FakeUser russian = telegram.user(nextUser++).languageCode("ru");
        russian.send("/help");
        assertThat(russian.awaitReply(WAIT).plainText()).contains("/recommendations", "подпис");
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
                .filter(text -> text.contains(NOTICE) && text.contains(id + " ")).count();
    }

    static int sendsTo(FakeUser user) {
        return (int) telegram.calls("sendMessage").stream()
                .filter(call -> String.valueOf(user.id()).equals(call.param("chat_id"))).count();
    }
}
