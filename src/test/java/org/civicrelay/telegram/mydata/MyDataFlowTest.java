package org.civicrelay.telegram.mydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicrelay.telegram.Suggesting.GRASSROOTS;
import static org.civicrelay.telegram.Suggesting.REACHABLE;

import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.telegram.InProcessBot;
import org.civicrelay.telegram.InProcessBotTest;
import org.civicrelay.telegram.Suggesting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /start, /help and /privacy; /mysubmissions, /forget and /wipe and what they leave in the database. What a
 * seized disk shows after /forget is the end-to-end {@code ForgetAndWipeE2ETest}'s.
 */
@InProcessBotTest
class MyDataFlowTest {

    static final String FIRST_NAME = "Zarinaxq";
    static final String LAST_NAME = "Karimovayz";
    static final String USERNAME = "zarina_k_4417";

    @Autowired
    InProcessBot bot;

    FakeTelegram telegram;
    FakeGroup moderators;

    @BeforeEach
    void chats() {
        telegram = bot.telegram();
        moderators = bot.moderatorsChat();
    }

    private FakeUser activist() {
        return bot.newUser().firstName(FIRST_NAME).lastName(LAST_NAME).username(USERNAME);
    }

    @Test
    void start_names_the_workshop_and_the_operator_says_what_telegram_sees_and_offers_buttons() {
        FakeUser user = bot.newUser();
        user.send("/start");
        BotMessage greeting = user.reply();
        assertThat(greeting.plainText())
                .contains(
                        "Civic Relay",
                        "Civil Society and the OSCE 2026",
                        "Run by: EXAMPLE: the workshop's secretariat",
                        "Telegram itself knows",
                        "/privacy")
                .doesNotContain("safely");
        assertThat(greeting.parseMode()).isEqualTo("HTML");
        assertThat(greeting.buttonLabels())
                .containsExactly(
                        "\u270D\uFE0F Send a suggestion",
                        "\uD83D\uDCCB Recommendations",
                        "\uD83D\uDD12 What is kept",
                        "\uD83C\uDF10 Language");

        user.press(greeting, "\uD83D\uDD12 What is kept");
        assertThat(user.reply().plainText()).contains("What Civic Relay keeps");
        user.press(greeting, "\uD83D\uDCCB Recommendations");
        assertThat(user.reply().buttonLabels()).contains("Free media and countering disinformation");
        user.press(greeting, "\u270D\uFE0F Send a suggestion");
        assertThat(user.reply().plainText()).contains("Which working group");
    }

    @Test
    void start_speaks_russian_to_russian_speakers() {
        FakeUser user = bot.newUser().languageCode("ru");
        user.send("/start");
        assertThat(user.reply().plainText()).contains("/privacy").containsPattern("[а-яА-Я]{4,}");
    }

    @Test
    void help_lists_the_commands() {
        FakeUser user = bot.newUser();
        user.send("/help");
        assertThat(user.reply().plainText()).contains("/suggest", "/cancel", "/privacy");
    }

    @Test
    void privacy_says_what_is_kept_and_for_how_long() {
        FakeUser user = bot.newUser();
        user.send("/privacy");
        assertThat(user.reply().plainText())
                .contains("name", "24 hours", "2 days", "encrypted", "moderators")
                .as("every period a maximum, the anonymity window, the deletable-message ids and the outbox")
                .contains(
                        "at the latest 24 hours after your last change",
                        "at the latest 48 hours after you sent it",
                        "47 hours at most",
                        "until delivered and 24 hours at most",
                        "for 48 hours at most")
                .as("BOT_CARD_DELAY=0s: no timing paragraph")
                .doesNotContain("random moment");
    }

    // ---- /forget, /wipe, /mysubmissions

    @Test
    void forget_erases_links_and_the_bot_then_treats_the_person_as_a_stranger() {
        FakeUser user = activist();
        String reference = submitReachable(user, "Reachable suggestion to be forgotten.");
        user.send("/mysubmissions");
        assertThat(user.messageContaining("Your suggestions").plainText()).contains(reference);

        user.send("/forget");
        BotMessage confirm = user.messageContaining("Erase everything");
        assertThat(bot.count("SELECT count(*) FROM suggestion WHERE reply_to IS NOT NULL"))
                .as("nothing before the press")
                .isEqualTo(1);
        user.press(confirm, "Erase my data");
        user.edited(confirm);
        assertThat(bot.count("SELECT count(*) FROM suggestion WHERE reply_to IS NOT NULL OR reply_key IS NOT NULL"))
                .isZero();
        assertThat(bot.count("SELECT count(*) FROM suggestion WHERE body IS NOT NULL"))
                .as("text kept unless asked")
                .isEqualTo(1);
        assertThat(bot.count("SELECT count(*) FROM relay_message")).isZero();

        user.send("/mysubmissions");
        assertThat(user.messageContaining("nothing to show")).isNotNull();
        moderators.memberSends(bot.firstModerator(), "/reply " + reference + " Are you still there?");
        moderators.messageContaining("no reply is possible");
    }

    @Test
    void forget_with_text_erases_the_text_of_the_persons_suggestions_too() {
        FakeUser user = activist();
        submitReachable(user, "Text that must disappear, marker 8qv3.");
        user.send("/forget");
        user.press(user.messageContaining("Erase everything"), "Erase my data and my suggestions' text");
        user.messageContaining("text of your suggestions is erased");
        assertThat(bot.count("SELECT count(*) FROM suggestion WHERE body IS NOT NULL"))
                .isZero();
    }

    @Test
    void wipe_deletes_the_conversation_from_the_phone() {
        FakeUser user = activist();
        user.send("/help");
        user.messageContaining("What you can do");
        user.send("/wipe");
        BotMessage confirm = user.messageContaining("Delete this conversation");
        user.press(confirm, "Delete the conversation");
        assertThat(telegram.messagesTo(user.chatId())).as("the bot's messages").isEmpty();
        assertThat(user.sentMessages()).as("the person's messages").allMatch(m -> m.deleted());
    }

    @Test
    void after_a_suggestion_the_bot_offers_to_wipe_the_conversation() {
        FakeUser user = activist();
        submitReachable(user, "Then wipe it all.");
        BotMessage stored = user.messageContaining("Reference");
        user.press(stored, "Delete this conversation from my phone");
        assertThat(telegram.messagesTo(user.chatId())).as("the conversation").isEmpty();
    }

    private String submitReachable(FakeUser user, String text) {
        Suggesting.startWriting(user, GRASSROOTS);
        user.send(text);
        BotMessage review = user.messageContaining("Please check");
        String reference = Suggesting.send(user, review, REACHABLE);
        moderators.messageContaining(text);
        return reference;
    }
}
