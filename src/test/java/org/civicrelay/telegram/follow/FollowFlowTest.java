package org.civicrelay.telegram.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicrelay.telegram.Suggesting.MEDIA;
import static org.civicrelay.telegram.Suggesting.PARTICIPATION;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.telegram.InProcessBot;
import org.civicrelay.telegram.InProcessBotTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recommendations, follows and status notifications. Sending them within Telegram's limits (a 429, the
 * bot's own rate) is the end-to-end {@code FollowE2ETest}'s.
 */
@InProcessBotTest
class FollowFlowTest {

    static final String NOTICE = "New status";

    @Autowired
    InProcessBot bot;

    FakeTelegram telegram;
    FakeGroup moderatorsChat;
    FakeUser moderator;

    @BeforeEach
    void people() {
        telegram = bot.telegram();
        moderatorsChat = bot.moderatorsChat();
        moderator = bot.firstModerator();
    }

    FakeUser newUser() {
        FakeUser user = bot.newUser();
        user.send("/start");
        user.reply();
        return user;
    }

    // ---- browsing and subscribing

    @Test
    void browsing_by_working_group_shows_ids_titles_statuses_and_follow_buttons_that_show_the_state() {
        FakeUser user = newUser();
        user.send("/recommendations");
        BotMessage groups = user.reply();
        assertThat(groups.buttonLabels()).contains(MEDIA);

        user.press(groups, MEDIA);
        BotMessage media = user.edited(groups);
        assertThat(media.plainText())
                .contains("R4", "R5", "R6", "Protection mechanism for independent journalists", "Status: Proposed");
        assertThat(media.buttonLabels()).contains("\uD83D\uDD14 Follow R4", "\u2139\uFE0F R4");

        user.press(media, "\uD83D\uDD14 Follow R4");
        BotMessage following = user.edited(media);
        assertThat(following.buttonLabels()).contains("\uD83D\uDD15 Unfollow R4", "\uD83D\uDD14 Follow R5");
        assertThat(telegram.callbacks())
                .last()
                .satisfies(press -> assertThat(press.toString()).contains("R4"));

        user.send("/subscriptions");
        BotMessage followed = user.reply();
        assertThat(followed.plainText())
                .contains(
                        "You follow 1 recommendation",
                        "R4",
                        "Protection mechanism for independent journalists",
                        "Proposed");
        assertThat(followed.buttonLabels()).as("one Unfollow per item").contains("\uD83D\uDD15 Unfollow R4");

        user.press(following, "\uD83D\uDD15 Unfollow R4");
        assertThat(user.edited(following).buttonLabels()).contains("\uD83D\uDD14 Follow R4");
        user.send("/subscriptions");
        assertThat(user.reply().plainText()).contains("You follow no recommendation yet");
    }

    @Test
    void following_and_unfollowing_by_command_with_helpful_answers_for_mistakes() {
        FakeUser user = newUser();
        user.send("/subscribe r5");
        assertThat(user.reply().plainText()).contains("You now follow R5", "fact-checking", "/subscriptions");
        user.send("/subscribe R5");
        assertThat(user.reply().plainText()).contains("already follow R5");
        user.send("/subscribe R99");
        assertThat(user.reply().plainText()).contains("no recommendation R99", "/recommendations");
        user.send("/subscribe <b>oops</b>");
        assertThat(user.reply().plainText()).contains("no recommendation <b>oops</b>");
        user.send("/subscribe");
        assertThat(user.reply().plainText()).contains("/subscribe R7");

        user.send("/subscriptions");
        assertThat(user.reply().plainText()).contains("R5").doesNotContain("R99");
        user.send("/unsubscribe R5");
        assertThat(user.reply().plainText()).contains("no longer follow R5");
        user.send("/unsubscribe R5");
        assertThat(user.reply().plainText()).contains("not following R5");
        user.send("/subscriptions");
        assertThat(user.reply().plainText()).contains("no recommendation yet");
    }

    // ---- status changes

    @Test
    void a_status_change_notifies_every_follower_once_protected_and_nobody_else_and_shows_in_the_history() {
        FakeUser byButton = newUser();
        byButton.send("/recommendations");
        BotMessage groups = byButton.reply();
        byButton.press(groups, PARTICIPATION);
        BotMessage list = byButton.edited(groups);
        byButton.press(list, "\uD83D\uDD14 Follow R7");
        byButton.edited(list);
        FakeUser byCommand = newUser();
        byCommand.send("/subscribe R7");
        byCommand.reply();
        FakeUser bystander = newUser();
        bystander.send("/subscribe R8");
        bystander.reply();

        moderatorsChat.memberSends(
                moderator, "/setstatus@" + telegram.botUsername() + " R7 in_progress Pilot <b>in March</b> & April");
        BotMessage preview = moderatorsChat.messageContaining("Preview: nothing has been sent yet");
        assertThat(preview.plainText()).contains("Pilot <b>in March</b> & April", "notified: 2");
        assertThat(telegram.deliveredTextsTo(byButton.id()))
                .as("nobody before the confirmation")
                .noneMatch(text -> text.contains(NOTICE));
        moderatorsChat.memberPresses(moderator, preview, confirmLabel(preview));
        assertThat(moderatorsChat.edited(preview).plainText())
                .contains("R7 is now In progress", "Followers to notify: 2");

        for (FakeUser follower : List.of(byButton, byCommand)) {
            BotMessage notice = follower.messageContaining(NOTICE);
            assertThat(notice.plainText())
                    .as("a neutral first line, for lock screens")
                    .startsWith("\uD83D\uDD14 Update on a recommendation you follow\n")
                    .contains(
                            "R7",
                            "Remote participation in human-dimension meetings",
                            "In progress",
                            "Pilot <b>in March</b> & April")
                    .as("one language per message")
                    .doesNotContain("Выполняется");
            assertThat(notice.buttonLabels()).contains("\u2139\uFE0F R7", "\uD83D\uDD15 Unfollow R7");
            assertThat(notice.protectContent()).isTrue();
        }
        bystander.send("/help");
        bystander.reply();
        assertThat(telegram.deliveredTextsTo(bystander.id())).noneMatch(text -> text.contains(NOTICE));
        assertThat(notices(byButton, "R7")).isEqualTo(1);
        assertThat(notices(byCommand, "R7")).isEqualTo(1);

        byButton.send("/recommendations");
        BotMessage again = byButton.reply();
        byButton.press(again, PARTICIPATION);
        BotMessage page = byButton.edited(again);
        assertThat(page.plainText()).contains("R7", "Status: In progress");
        byButton.press(page, "\u2139\uFE0F R7");
        BotMessage details = byButton.edited(page);
        String today = LocalDate.now(ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
        assertThat(details.plainText())
                .contains(
                        "R7",
                        "History",
                        today + " \u2013 In progress",
                        "Pilot <b>in March</b> & April",
                        today + " \u2013 Proposed");
        assertThat(details.plainText())
                .as("the example's details")
                .contains("Progress:", "40%", "Who acts on it:", "safe way to take part online");
        assertThat(details.buttonLabels()).contains("\uD83D\uDD15 Unfollow R7", "\u00AB Back");
        assertThat(details.buttonLabels()).as("Suggest on this").anyMatch(label -> label.contains("Suggest"));
    }

    @Test
    void non_moderators_are_refused_and_nothing_changes_for_anyone() {
        FakeUser follower = newUser();
        follower.send("/subscribe R8");
        follower.reply();
        FakeUser intruder = newUser();

        intruder.send("/setstatus R8 declined");
        assertThat(intruder.reply().plainText()).contains("only the moderators");
        FakeUser member = bot.newUser();
        moderatorsChat.withMember(member);
        int before = moderatorsChat.messages().size();
        moderatorsChat.memberSends(member, "/setstatus R8 declined");
        assertThat(moderatorsChat.messages())
                .as("silence in the moderators' chat")
                .hasSize(before);

        follower.send("/subscriptions");
        assertThat(follower.reply().plainText()).contains("R8", "Proposed").doesNotContain("Declined");
        assertThat(telegram.deliveredTextsTo(follower.id())).noneMatch(text -> text.contains(NOTICE));
    }

    @Test
    void mistakes_in_setstatus_get_answers_that_list_what_is_valid() {
        moderator.send("/setstatus");
        assertThat(moderator.reply().plainText()).contains("/setstatus R7 in_progress", "under_review", "Implemented");
        moderator.send("/setstatus R1 bogus");
        assertThat(moderator.reply().plainText()).contains("bogus is not a status", "in_progress", "declined");
        moderator.send("/setstatus R999 accepted");
        assertThat(moderator.reply().plainText()).contains("no recommendation R999");
        moderator.send("/setstatus R1 accepted " + "x".repeat(501));
        assertThat(moderator.reply().plainText()).contains("501", "500");
    }

    // ---- followers who are gone

    @Test
    void a_follower_telegram_refuses_with_403_is_erased_and_never_tried_again() {
        bot.expectRejections(403);
        FakeUser stays = followers("R10", 1).get(0);
        FakeUser gone = followers("R10", 1).get(0);
        int sendsBefore = sendsTo(gone);
        gone.deactivates();

        assertThat(setStatusPrivately("R10 accepted").plainText()).contains("R10 is now Accepted", "notify: 2");
        stays.messageContaining(NOTICE);
        assertThat(telegram.rejectedCalls(403))
                .as("the 403 for the deactivated follower")
                .anyMatch(call -> call.method().equals("sendMessage"));

        assertThat(setStatusPrivately("R10 implemented").plainText()).contains("R10 is now Implemented", "notify: 1");
        stays.messageContaining("Implemented");
        moderator.send("/help");
        moderator.reply();
        assertThat(sendsTo(gone) - sendsBefore)
                .as("notices tried on the deactivated follower")
                .isEqualTo(1);
    }

    @Test
    void a_follower_who_blocks_the_bot_follows_nothing_at_once() {
        FakeUser blocker = followers("R11", 1).get(0);
        int sendsBefore = sendsTo(blocker);
        blocker.blocksBot();
        assertThat(telegram.confirmedUpdateId())
                .as("the block handled and confirmed")
                .isEqualTo(telegram.lastUpdateId());

        assertThat(setStatusPrivately("R11 accepted").plainText()).contains("R11 is now Accepted", "notify: 0");
        assertThat(sendsTo(blocker)).isEqualTo(sendsBefore);

        blocker.unblocksBot();
        blocker.send("/subscriptions");
        assertThat(blocker.reply().plainText()).contains("no recommendation yet");
    }

    // ---- helpers

    /** {@code /setstatus} in its one-line form, as the bot asks for it: the preview, then the confirmation. */
    private BotMessage setStatusPrivately(String arguments) {
        moderator.send("/setstatus " + arguments);
        BotMessage preview = moderator.messageContaining("Preview: nothing has been sent yet");
        moderator.press(preview, confirmLabel(preview));
        return moderator.edited(preview);
    }

    private static String confirmLabel(BotMessage preview) {
        return preview.buttonLabels().stream()
                .filter(label -> label.startsWith("\u2705 Change it"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no confirm button on " + preview.plainText()));
    }

    List<FakeUser> followers(String id, int count) {
        List<FakeUser> users = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> {
            FakeUser user = bot.newUser();
            user.send("/subscribe " + id);
            users.add(user);
        });
        users.forEach(user -> user.messageContaining("You now follow " + id));
        return users;
    }

    long notices(FakeUser user, String id) {
        return telegram.deliveredTextsTo(user.id()).stream()
                .filter(text -> text.contains(NOTICE) && text.contains(id + " "))
                .count();
    }

    int sendsTo(FakeUser user) {
        return (int) telegram.calls("sendMessage").stream()
                .filter(call -> String.valueOf(user.id()).equals(call.param("chat_id")))
                .count();
    }
}
