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
    void start_names_the_workshop_and_the_operator_says_what_telegram_sees_and_offers_buttons() {
        FakeUser user = newUser();
        user.send("/start");
        BotMessage greeting = user.awaitReply(WAIT);
        assertThat(greeting.plainText()).contains("Civic Relay", "Civil Society and the OSCE 2026",
                "Run by: EXAMPLE: the workshop's secretariat", "Telegram itself knows", "/privacy")
                .doesNotContain("safely");
        assertThat(greeting.parseMode()).isEqualTo("HTML");
        assertThat(greeting.buttonLabels()).containsExactly("\u270D\uFE0F Send a suggestion", "\uD83D\uDCCB Recommendations",
                "\uD83D\uDD12 What is kept", "\uD83C\uDF10 Language");

        user.press(greeting, "\uD83D\uDD12 What is kept");
        assertThat(user.awaitReply(WAIT).plainText()).contains("What Civic Relay keeps");
        user.press(greeting, "\uD83D\uDCCB Recommendations");
        assertThat(user.awaitReply(WAIT).buttonLabels()).contains("Free media and countering disinformation");
        user.press(greeting, "\u270D\uFE0F Send a suggestion");
        assertThat(user.awaitReply(WAIT).plainText()).contains("Which working group");
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
                .contains("name", "24 hours", "2 days", "encrypted", "moderators");
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
        BotMessage offer = user.awaitReply(WAIT);
        assertThat(offer.plainText()).contains("Send this as a suggestion");
        user.press(offer, "stray:no");
        assertThat(user.awaitEdit(offer, WAIT).plainText()).contains("nothing was sent or kept");
    }

    @Test
    void stray_text_can_become_a_suggestion_and_nothing_is_kept_while_the_person_decides() {
        FakeUser user = newUser();
        int drafts = bot.count("SELECT count(*) FROM suggestion_draft");
        int message = user.send("Interpreters for sign language at every meeting.");
        BotMessage offer = user.awaitReply(WAIT);
        assertThat(offer.replyToMessageId()).as("the offer answers the message, which is read back from it")
                .isEqualTo(message);
        assertThat(bot.count("SELECT count(*) FROM suggestion_draft")).as("nothing kept while deciding").isEqualTo(drafts);
        user.press(offer, "stray:yes");
        BotMessage groups = user.awaitEdit(offer, WAIT);
        assertThat(groups.plainText()).contains("Which working group");
        user.press(groups, "suggest:participation");
        BotMessage review = user.awaitMessageContaining("Please check your suggestion", WAIT);
        assertThat(review.plainText()).contains("Interpreters for sign language at every meeting.");
        assertThat(review.protectContent()).isTrue();
    }

    @Test
    void a_second_message_can_be_added_an_edit_replaces_the_draft_and_suggest_asks_before_discarding_it() {
        FakeUser user = newUser();
        user.send("/suggest");
        user.press(user.awaitReply(WAIT), "suggest:media");
        user.awaitMessageContaining("Write your suggestion", WAIT);
        user.send("Community radio licences");
        user.awaitMessageContaining("Please check", WAIT);

        user.send("for minority languages too.");
        BotMessage offer = user.awaitReply(WAIT);
        assertThat(offer.plainText()).contains("part of your suggestion");
        user.press(offer, "\u2795 Add to the text");
        BotMessage added = user.awaitMessage(m -> m.plainText().contains("Please check")
                && m.plainText().contains("for minority languages too."), WAIT);
        assertThat(added.plainText()).contains("Community radio licences\n\nfor minority languages too.");

        user.editLastMessage("for minority languages, too.");
        user.awaitMessageContaining("edited message", WAIT); // only the draft's own message replaces it
        user.sentMessages().stream().filter(m -> "Community radio licences".equals(m.text())).findFirst()
                .ifPresent(first -> user.editMessage(first.messageId(), "Licences for community radio"));
        BotMessage edited = user.awaitMessage(m -> m.plainText().contains("Please check")
                && m.plainText().contains("Licences for community radio"), WAIT);
        assertThat(edited.plainText()).doesNotContain("Community radio licences");

        user.send("/suggest");
        BotMessage ask = user.awaitReply(WAIT);
        assertThat(ask.plainText()).contains("unfinished suggestion", "Licences for community radio");
        user.press(ask, "draft:keep");
        assertThat(user.awaitMessageContaining("Please check", WAIT).plainText()).contains("Licences for community radio");
        user.send("/suggest");
        user.press(user.awaitMessageContaining("unfinished suggestion", WAIT), "draft:new:-");
        user.awaitMessageContaining("Which working group", WAIT);
        user.send("/suggest");
        assertThat(user.awaitReply(WAIT).plainText()).as("the old text is gone: nothing to ask about")
                .contains("Which working group").doesNotContain("unfinished");
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
        String reference = submit(user, "suggest:media", text, "review:anon");

        BotMessage card = moderators.awaitMessage(m -> m.plainText().contains(reference), WAIT);
        assertThat(card.plainText())
                .contains(text)
                .contains("Free media and countering disinformation")
                .contains(LocalDate.now(ZoneOffset.UTC).toString())
                .contains("only for /check");
        assertThat(card.text()).as("the card escapes markup, so it shows as written").contains("&lt;b&gt;Signal");
        assertThat(card.protectContent()).isTrue();
        assertThat(card.plainText()).doesNotContain(String.valueOf(user.id()), user.firstName(), user.username());
    }

    @Test
    void a_reachable_suggestion_says_replies_are_possible_on_the_card() {
        FakeUser user = newUser();
        String reference = submit(user, "suggest:participation", "Please allow remote participation.", "review:reach");
        BotMessage card = moderators.awaitMessage(m -> m.plainText().contains(reference), WAIT);
        assertThat(card.plainText()).contains("possible: reply to this card")
                .doesNotContain(String.valueOf(user.id()), user.firstName(), user.username());
    }

    @Test
    void references_are_random_not_sequential() {
        String first = submit(newUser(), "suggest:grassroots", "First suggestion text.", "review:anon");
        String second = submit(newUser(), "suggest:grassroots", "Second suggestion text.", "review:anon");
        assertThat(first).isNotEqualTo(second).matches(REFERENCE.pattern());
    }

    @Test
    void too_long_empty_and_media_texts_are_answered_clearly() {
        FakeUser user = newUser();
        user.send("/suggest");
        user.press(user.awaitReply(WAIT), "suggest:media");
        user.awaitMessageContaining("Write your suggestion", WAIT);

        user.send("x".repeat(3001));
        assertThat(user.awaitReply(WAIT).plainText()).contains("3,001", "3,000");
        user.send("   ");
        assertThat(user.awaitReply(WAIT).plainText()).contains("empty");
        int photo = user.sendPhoto("a caption is not a suggestion");
        BotMessage why = user.awaitReply(WAIT);
        assertThat(why.plainText()).contains("can give away who sent them", "only text");
        user.press(why, "media:del");
        telegram.await(() -> telegram.calls("deleteMessages").stream()
                .anyMatch(call -> call.params().toString().contains(String.valueOf(photo))), WAIT, "the photo to be deleted");
        user.sendVoice();
        assertThat(user.awaitReply(WAIT).plainText()).contains("only text");

        user.send("x".repeat(3000));
        BotMessage review = user.awaitReply(WAIT);
        assertThat(review.buttonLabels()).containsExactly("\uD83D\uDCE8 Send anonymously (recommended)",
                "\uD83D\uDCAC Send and allow replies", "\u270F\uFE0F Edit", "\u2716 Cancel");
        assertThat(review.plainText()).contains("the decision cannot be sent to you", "receipt",
                "without seeing who you are");
        assertThat(review.protectContent()).isTrue();
    }

    @Test
    void edit_lets_the_author_rewrite_before_sending() {
        FakeUser user = newUser();
        user.send("/suggest");
        user.press(user.awaitReply(WAIT), "suggest:polmil");
        user.awaitMessageContaining("Write your suggestion", WAIT);
        user.send("First draft with a typo");
        user.press(user.awaitReply(WAIT), "\u270F\uFE0F Edit");
        user.awaitMessageContaining("Write your suggestion", WAIT);
        user.send("Second, corrected draft");
        BotMessage review = user.awaitReply(WAIT);
        assertThat(review.plainText()).contains("Second, corrected draft").doesNotContain("typo");
    }

    @Test
    void cancel_abandons_the_suggestion_and_nothing_reaches_the_moderators() {
        FakeUser user = newUser();
        user.send("/suggest");
        user.press(user.awaitReply(WAIT), "suggest:media");
        user.awaitMessageContaining("Write your suggestion", WAIT);
        user.send("A text I will cancel, marker 5e1f");
        BotMessage review = user.awaitReply(WAIT);
        user.press(review, "\u2716 Cancel");
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
        user.pressData(workingGroups, "review:anon");
        telegram.await(() -> telegram.unansweredCallbacks().isEmpty(), WAIT, "the early Send to be answered");
        assertThat(bot.count("SELECT count(*) FROM suggestion")).as("nothing sent before the review").isZero();
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
        user.awaitMessageContaining("edited message", WAIT);
    }

    /** Runs /suggest to the end and returns the reference the user was shown. */
    static String submit(FakeUser user, String workingGroupLabel, String text, String sendLabel) {
        user.send("/suggest");
        BotMessage workingGroups = user.awaitReply(WAIT);
        assertThat(workingGroups.buttonLabels()).hasSize(5);
        user.press(workingGroups, workingGroupLabel);
        user.awaitMessageContaining("Write your suggestion", WAIT);
        user.send(text);
        BotMessage review = user.awaitReply(WAIT);
        assertThat(review.plainText()).contains(text);
        user.press(review, sendLabel);
        BotMessage stored = user.awaitMessage(m -> m.messageId() == review.messageId()
                && m.plainText().contains("Reference"), WAIT);
        Matcher matcher = REFERENCE.matcher(stored.plainText());
        assertThat(matcher.find()).as("a reference in: %s", stored.plainText()).isTrue();
        return matcher.group();
    }
}
