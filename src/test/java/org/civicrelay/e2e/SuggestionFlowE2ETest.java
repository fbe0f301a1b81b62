package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An activist's first steps, against the real bot process and a fake Bot API. */
class SuggestionFlowE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long MODERATORS_CHAT = -1001234567890L;
    static final Pattern REFERENCE = Pattern.compile("S-[A-Z0-9]{4,10}");

    @TempDir
    static Path folder;
    static FakeTelegram telegram;
    static BotProcess bot;
    static FakeGroup moderators;
    static long nextUser = 720_000_001L;

    @BeforeAll
    static void startBot() {
        telegram = FakeTelegram.start("700001:E2E-token");
        moderators = telegram.group(MODERATORS_CHAT, "supergroup");
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("BOT_MODERATORS", "730000001,730000002")
                .startAndAwaitPolling(telegram);
    }

    @AfterAll
    static void stopBot() {
        BotChecks.stop(bot, telegram);
    }

    @AfterEach
    void botApiWasUsedCorrectly() {
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
    }

    static FakeUser newUser() {
        return telegram.user(nextUser++);
    }

    @Test
    void start_greets_and_points_to_the_privacy_notice() {
        FakeUser user = newUser();
        user.send("/start");
        BotMessage greeting = user.awaitReply(WAIT);
        assertThat(greeting.plainText()).contains("Civic Relay", "/privacy", "/suggest");
        assertThat(greeting.parseMode()).isEqualTo("HTML");
    }

    @Test
    void start_speaks_russian_to_russian_speakers() {
        FakeUser user = newUser().languageCode("ru");
        user.send("/start");
        assertThat(user.awaitReply(WAIT).plainText()).contains("/privacy").containsPattern("[а-яА-Я]{4,}");
    }

    @Test
    void help_lists_the_commands() {
        FakeUser user = newUser();
        user.send("/help");
        assertThat(user.awaitReply(WAIT).plainText()).contains("/suggest", "/cancel", "/privacy");
    }

    @Test
    void privacy_says_what_is_kept_and_for_how_long() {
        FakeUser user = newUser();
        user.send("/privacy");
        assertThat(user.awaitReply(WAIT).plainText())
                .contains("name", "24 hours", "2 days", "encrypted", "moderators")
                .as("every period a maximum, the anonymity window, the deletable-message ids and the outbox")
                .contains("at the latest 24 hours after your last change", "at the latest 48 hours after you sent it",
                        "47 hours at most", "until delivered and 24 hours at most", "for 48 hours at most")
                .as("BOT_CARD_DELAY=0s: no timing paragraph").doesNotContain("random moment");
    }

    @Test
    void commands_addressed_to_the_bot_by_name_work() {
        FakeUser user = newUser();
        user.send("/help@" + telegram.botUsername());
        assertThat(user.awaitReply(WAIT).plainText()).contains("/suggest");
    }

    @Test
    void unknown_commands_and_stray_text_get_a_helpful_answer() {
        FakeUser user = newUser();
        user.send("/frobnicate");
        assertThat(user.awaitReply(WAIT).plainText()).contains("/help");
        user.send("hello?");
        assertThat(user.awaitReply(WAIT).plainText()).contains("/suggest");
    }

    @Test
    void the_command_menu_is_published_for_private_chats_in_both_languages() {
        telegram.await(() -> !telegram.myCommands("all_private_chats", "ru").isEmpty(), WAIT, "the Russian menu");
        assertThat(telegram.myCommands("all_private_chats", null)).extracting(c -> c.command())
                .contains("start", "help", "privacy", "suggest", "cancel");
        assertThat(telegram.myCommands("all_private_chats", "ru")).extracting(c -> c.description())
                .anyMatch(d -> d.matches(".*[а-яА-Я].*"));
    }

    @Test
    void a_suggestion_goes_from_start_to_a_reference_and_a_card_for_the_moderators() {
        FakeUser user = newUser();
        user.send("/start");
        user.awaitReply(WAIT);
        String text = "Use <b>Signal</b> & \"encrypted\" mail > plain mail; it's <safer>";
        String reference = submit(user, "suggest:media", text, "reach:no");

        BotMessage card = moderators.awaitMessage(m -> m.plainText().contains(reference), WAIT);
        assertThat(card.plainText())
                .contains(text)
                .contains("Free media and countering disinformation")
                .contains(LocalDate.now(ZoneOffset.UTC).toString())
                .contains("not possible");
        assertThat(card.text()).as("the card escapes markup, so it shows as written").contains("&lt;b&gt;Signal");
        assertThat(card.protectContent()).isTrue();
        assertThat(card.plainText()).doesNotContain(String.valueOf(user.id()), user.firstName(), user.username());
    }

    @Test
    void a_reachable_suggestion_says_replies_are_possible_on_the_card() {
        FakeUser user = newUser();
        String reference = submit(user, "suggest:participation", "Please allow remote participation.", "reach:yes");
        BotMessage card = moderators.awaitMessage(m -> m.plainText().contains(reference), WAIT);
        assertThat(card.plainText()).contains("possible, with /reply")
                .doesNotContain(String.valueOf(user.id()), user.firstName(), user.username());
    }

    @Test
    void references_are_random_not_sequential() {
        String first = submit(newUser(), "suggest:grassroots", "First suggestion text.", "reach:no");
        String second = submit(newUser(), "suggest:grassroots", "Second suggestion text.", "reach:no");
        assertThat(first).isNotEqualTo(second).matches(REFERENCE.pattern());
    }

    @Test
    void too_long_empty_and_media_texts_are_answered_clearly() {
        FakeUser user = newUser();
        user.send("/suggest");
        user.press(user.awaitReply(WAIT), "suggest:media");
        user.awaitMessageContaining("Now write", WAIT);

        user.send("x".repeat(3001));
        assertThat(user.awaitReply(WAIT).plainText()).contains("3,001", "3,000");
        user.send("   ");
        assertThat(user.awaitReply(WAIT).plainText()).contains("empty");
        user.sendPhoto("a caption is not a suggestion");
        assertThat(user.awaitReply(WAIT).plainText()).contains("Only text");
        user.sendVoice();
        assertThat(user.awaitReply(WAIT).plainText()).contains("Only text");

        user.send("x".repeat(3000));
        BotMessage review = user.awaitReply(WAIT);
        assertThat(review.hasButton("Send")).isTrue();
        assertThat(review.protectContent()).isTrue();
    }

    @Test
    void edit_lets_the_author_rewrite_before_sending() {
        FakeUser user = newUser();
        user.send("/suggest");
        user.press(user.awaitReply(WAIT), "suggest:polmil");
        user.awaitMessageContaining("Now write", WAIT);
        user.send("First draft with a typo");
        user.press(user.awaitReply(WAIT), "Edit");
        user.awaitMessageContaining("Now write", WAIT);
        user.send("Second, corrected draft");
        BotMessage review = user.awaitReply(WAIT);
        assertThat(review.plainText()).contains("Second, corrected draft").doesNotContain("typo");
    }

    @Test
    void cancel_abandons_the_suggestion_and_nothing_reaches_the_moderators() {
        FakeUser user = newUser();
        user.send("/suggest");
        user.press(user.awaitReply(WAIT), "suggest:media");
        user.awaitMessageContaining("Now write", WAIT);
        user.send("A text I will cancel, marker 5e1f");
        BotMessage review = user.awaitReply(WAIT);
        user.press(review, "Cancel");
        assertThat(user.awaitEdit(review, WAIT).plainText()).contains("Cancelled");
        user.send("/cancel");
        assertThat(user.awaitReply(WAIT).plainText()).contains("nothing to cancel");
        user.send("/help");
        user.awaitReply(WAIT);
        assertThat(moderators.messages()).noneMatch(m -> m.plainText().contains("marker 5e1f"));
    }

    @Test
    void forged_and_stale_button_data_are_answered_and_change_nothing() {
        FakeUser user = newUser();
        user.send("/suggest");
        BotMessage workingGroups = user.awaitReply(WAIT);
        user.pressData(workingGroups, "suggest:no-such-group");
        user.pressData(workingGroups, "nonsense");
        user.pressData(workingGroups, "reach:yes");
        user.pressData(workingGroups, "review:'; DROP TABLE suggestion; --");
        telegram.await(() -> telegram.unansweredCallbacks().isEmpty(), WAIT, "every forged press to be answered");
        user.send("text while still choosing a working_group");
        assertThat(user.awaitReply(WAIT).plainText()).contains("choose a working group");
    }

    @Test
    void contacts_and_locations_are_removed_from_the_chat() {
        FakeUser user = newUser();
        int contact = user.sendContact("+15550001234");
        assertThat(user.awaitReply(WAIT).plainText()).contains("removed");
        telegram.await(() -> telegram.calls("deleteMessage").stream()
                .anyMatch(call -> call.params().toString().contains(String.valueOf(contact))), WAIT,
                "the shared contact to be deleted");
    }

    @Test
    void edited_messages_get_an_explanation() {
        FakeUser user = newUser();
        user.send("/help");
        user.awaitReply(WAIT);
        user.editLastMessage("/help please");
        user.awaitMessageContaining("edited messages", WAIT);
    }

    /** Runs /suggest to the end and returns the reference the user was shown. */
    static String submit(FakeUser user, String workingGroupLabel, String text, String reachabilityLabel) {
        user.send("/suggest");
        BotMessage workingGroups = user.awaitReply(WAIT);
        assertThat(workingGroups.buttonLabels()).hasSize(5);
        user.press(workingGroups, workingGroupLabel);
        user.awaitMessageContaining("Now write", WAIT);
        user.send(text);
        BotMessage review = user.awaitReply(WAIT);
        assertThat(review.plainText()).contains(text);
        user.press(review, "Send");
        BotMessage question = user.awaitEdit(review, WAIT);
        assertThat(question.plainText()).contains("May the moderators reply");
        user.press(question, reachabilityLabel);
        BotMessage stored = user.awaitMessage(m -> m.messageId() == question.messageId()
                && m.plainText().contains("Reference"), WAIT);
        Matcher matcher = REFERENCE.matcher(stored.plainText());
        assertThat(matcher.find()).as("a reference in: %s", stored.plainText()).isTrue();
        return matcher.group();
    }
}
