package org.civicrelay.telegram.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicrelay.telegram.Suggesting.ANONYMOUS;
import static org.civicrelay.telegram.Suggesting.GRASSROOTS;
import static org.civicrelay.telegram.Suggesting.MEDIA;
import static org.civicrelay.telegram.Suggesting.POLMIL;
import static org.civicrelay.telegram.Suggesting.REACHABLE;

import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.telegram.InProcessBot;
import org.civicrelay.telegram.InProcessBotTest;
import org.civicrelay.telegram.Suggesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The anonymous relay between moderators and authors, and the moderators' commands in their chat and in private. */
@InProcessBotTest
class RelayFlowTest {

    @Autowired
    InProcessBot bot;

    FakeTelegram telegram;
    FakeGroup moderators;
    FakeUser vera;
    FakeUser outsider;

    @BeforeEach
    void people() {
        telegram = bot.telegram();
        vera = bot.firstModerator().firstName("Vera").lastName("Moderatova").username("vera_mod");
        outsider = bot.newUser();
        moderators = bot.moderatorsChat().withMember(outsider);
    }

    @AfterEach
    void nothingCopied() {
        assertThat(telegram.calls("copyMessage"))
                .as("text is copied as new text, never as a message")
                .isEmpty();
    }

    FakeUser newActivist() {
        FakeUser user = bot.newUser();
        return user.firstName("Anonyma").lastName("Activistka").username("secret_activist_" + user.id());
    }

    @Test
    void reply_and_the_authors_answer_cross_without_identities() {
        FakeUser author = newActivist();
        String ref = Suggesting.submit(author, MEDIA, "Fund local fact-checkers.", REACHABLE);
        BotMessage card = moderators.message(m -> m.plainText().contains("New suggestion " + ref));

        moderators.memberSends(vera, "/reply " + ref.toLowerCase() + " Which region are you in? <not a tag> & more");
        assertThat(moderators.newMessage().plainText()).contains("Sent to the author of " + ref);
        BotMessage fromModerators = author.messageContaining("The moderators, about your suggestion " + ref);
        assertThat(fromModerators.plainText()).contains("Which region are you in? <not a tag> & more");
        assertThat(fromModerators.protectContent()).isTrue();

        author.replyTo(fromModerators, "The north. Write to <me> & my friends.");
        assertThat(author.reply().plainText()).contains("Sent to the moderators");
        BotMessage answer = moderators.message(m -> m.plainText().contains("The author of " + ref + " answers"));
        assertThat(answer.plainText()).contains("The north. Write to <me> & my friends.");
        assertThat(answer.replyToMessageId()).as("under the card").isEqualTo(card.messageId());

        moderators.memberRepliesTo(vera, answer, "Thank you, noted.");
        BotMessage note = moderators.newMessage();
        assertThat(note.plainText())
                .as("a reply is an internal note until sent")
                .contains("Internal note on " + ref);
        assertThat(telegram.deliveredTextsTo(author.chatId())).noneMatch(text -> text.contains("Thank you, noted."));
        moderators.memberPresses(vera, note, "\u2709\uFE0F Send this to the author");
        assertThat(moderators.edited(note).plainText()).contains("sent to the author of " + ref);
        BotMessage second = author.message(m -> m.plainText().contains("Thank you, noted."));
        author.replyTo(second, "One more thing.");
        moderators.message(m -> m.plainText().contains("One more thing."));

        Suggesting.assertNoIdentityOf(telegram, author.chatId(), vera);
        Suggesting.assertNoIdentityOf(telegram, InProcessBot.MODERATORS_CHAT, author);
    }

    /** Telegram counts a message's length in UTF-16 units: an emoji counts twice, so the bot counts the same way. */
    @Test
    void an_answer_too_long_for_telegram_is_refused_before_anything_is_said_to_be_sent_whichever_way_it_comes() {
        FakeUser author = newActivist();
        String ref = Suggesting.submit(author, MEDIA, "Radio licences for community stations.", REACHABLE);
        moderators.memberSends(vera, "/reply " + ref + " Which city?");
        moderators.newMessage();
        BotMessage question = author.messageContaining("Which city?");
        String emojis = "\uD83D\uDCFB".repeat(1_600); // 1,600 characters as a person counts, 3,200 as Telegram does

        author.replyTo(question, emojis);
        assertThat(author.reply().plainText()).contains("3,200 characters", "the limit is 3,000");

        author.send(emojis);
        BotMessage offer = author.reply();
        assertThat(offer.plainText()).contains("Send this to the moderators");
        author.pressData(offer, "thread:" + ref);
        assertThat(author.edited(offer).plainText()).contains("3,200 characters");
        assertThat(telegram.deliveredTextsTo(InProcessBot.MODERATORS_CHAT))
                .noneMatch(text -> text.contains("\uD83D\uDCFB"));
    }

    @Test
    void a_question_or_a_note_too_long_for_telegram_is_refused_as_telegram_counts_it() {
        FakeUser author = newActivist();
        String ref = Suggesting.submit(author, MEDIA, "Press cards for citizen journalists.", REACHABLE);
        BotMessage card = moderators.message(m -> m.plainText().contains("New suggestion " + ref));
        String emojis = "\uD83D\uDCFB".repeat(1_600); // 1,600 characters as a person counts, 3,200 as Telegram does

        moderators.memberPressesData(vera, card, "tri:i");
        BotMessage request =
                moderators.message(m -> m.plainText().contains("What would you like to ask the author of " + ref));
        moderators.memberRepliesTo(vera, request, emojis);
        assertThat(moderators.newMessage().plainText()).contains("3,200 characters", "the limit is 3,000");
        moderators.memberSends(vera, "/note " + ref + " " + emojis);
        assertThat(moderators.newMessage().plainText()).contains("3,200 characters", "the limit is 3,000");
        assertThat(telegram.deliveredTextsTo(author.chatId())).noneMatch(text -> text.contains("\uD83D\uDCFB"));
    }

    @Test
    void note_keeps_text_lists_without_it_and_explains_unknown_or_malformed_references() {
        FakeUser author = newActivist();
        String ref = Suggesting.submit(author, POLMIL, "Observers at trials.", ANONYMOUS);
        moderators.memberSends(vera, "/note " + ref.toLowerCase() + " checked the dates");
        assertThat(moderators.newMessage().plainText()).contains("Internal note on " + ref);

        moderators.memberSends(vera, "/note " + ref);
        assertThat(moderators.newMessage().plainText()).contains("Notes on " + ref, "checked the dates");
        moderators.memberSends(vera, "/note S-ZZZZZ");
        assertThat(moderators.newMessage().plainText()).contains("There is no suggestion S-ZZZZZ");
        moderators.memberSends(vera, "/note");
        assertThat(moderators.newMessage().plainText()).contains("/note S-XXXXX");
        assertThat(telegram.deliveredTextsTo(author.chatId())).noneMatch(text -> text.contains("checked the dates"));
    }

    @Test
    void reply_in_private_works_and_unknown_or_malformed_references_are_explained() {
        FakeUser author = newActivist();
        String ref = Suggesting.submit(author, GRASSROOTS, "Legal aid hotline.", REACHABLE);
        vera.send("/start");
        vera.reply();
        vera.send("/reply " + ref + " Thanks, from the private chat.");
        assertThat(vera.reply().plainText()).contains("Sent to the author of " + ref);
        author.messageContaining("Thanks, from the private chat.");

        vera.send("/reply S-ZZZZZ hello");
        assertThat(vera.reply().plainText()).contains("no suggestion S-ZZZZZ");
        vera.send("/reply");
        assertThat(vera.reply().plainText()).contains("/reply S-XXXXX");
        Suggesting.assertNoIdentityOf(telegram, author.chatId(), vera);
    }

    @Test
    void outsiders_cannot_use_the_moderators_commands_anywhere() {
        outsider.send("/reply S-ABCDE hello");
        assertThat(outsider.reply().plainText()).contains("only the moderators");
        outsider.send("/stats");
        assertThat(outsider.reply().plainText()).contains("only the moderators");
        int before = moderators.messages().size();
        moderators.memberSends(outsider, "/reply@" + telegram.botUsername() + " S-ABCDE hello");
        moderators.memberSends(outsider, "/queue");
        assertThat(moderators.messages())
                .as("silence in the moderators' chat, not a posted refusal")
                .hasSize(before);
    }

    @Test
    void queue_and_stats_work_in_the_moderators_chat_also_by_name_and_in_private() {
        String older = Suggesting.submit(newActivist(), POLMIL, "Older suggestion about <arms>.", ANONYMOUS);
        String newer = Suggesting.submit(newActivist(), POLMIL, "Newer suggestion.", REACHABLE);

        moderators.memberSends(vera, "/queue@" + telegram.botUsername());
        BotMessage queue = moderators.newMessage(m -> m.plainText().contains("Waiting for a decision"));
        assertThat(queue.plainText()).contains(older, newer, "Older suggestion about <arms>.");
        assertThat(queue.plainText().indexOf(older))
                .as("oldest first")
                .isLessThan(queue.plainText().indexOf(newer));
        assertThat(queue.plainText().length()).isLessThanOrEqualTo(4096);

        moderators.memberSends(vera, "/stats");
        BotMessage stats = moderators.newMessage(m -> m.plainText().contains("Statistics"));
        assertThat(stats.plainText())
                .contains("waiting: ", "Civil society in politico-military work: ")
                .doesNotContain("Older suggestion", older)
                .contains("Followers by recommendation");

        vera.send("/queue");
        assertThat(vera.reply().plainText()).contains("Waiting for a decision", older);
        vera.send("/stats@" + telegram.botUsername());
        assertThat(vera.reply().plainText()).contains("Suggestions by state");
    }

    @Test
    void the_queue_is_paged_with_buttons() {
        for (int i = 0; i < 6; i++) {
            Suggesting.submit(newActivist(), MEDIA, "Paging suggestion number " + i, ANONYMOUS);
        }
        vera.send("/queue");
        BotMessage first = vera.reply();
        assertThat(first.plainText()).contains("page 1 of");
        vera.press(first, "Next \u2192");
        BotMessage second = vera.edited(first);
        assertThat(second.plainText()).contains("page 2 of");
        assertThat(second.buttonLabels()).as("a button back to page 1").contains("\u2190 Previous");
    }
}
