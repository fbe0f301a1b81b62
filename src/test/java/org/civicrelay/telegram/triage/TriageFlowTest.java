package org.civicrelay.telegram.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicrelay.telegram.Suggesting.ANONYMOUS;
import static org.civicrelay.telegram.Suggesting.GRASSROOTS;
import static org.civicrelay.telegram.Suggesting.MEDIA;
import static org.civicrelay.telegram.Suggesting.PARTICIPATION;
import static org.civicrelay.telegram.Suggesting.POLMIL;
import static org.civicrelay.telegram.Suggesting.REACHABLE;

import java.nio.charset.StandardCharsets;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.CallbackPress;
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
 * Triage from the cards in the moderators' chat (privacy mode on, as BotFather sets it). Two moderators
 * pressing at once, and the author hearing the decision, are the end-to-end {@code TriageE2ETest}'s.
 */
@InProcessBotTest
class TriageFlowTest {

    static final String ACCEPT = "\u2705 Accept";
    static final String DECLINE = "\u274C Decline";
    static final String MORE_INFO = "\u2753 Ask for more";
    static final String SPAM = "\uD83D\uDEAB Spam";

    @Autowired
    InProcessBot bot;

    FakeTelegram telegram;
    FakeGroup moderators;
    FakeUser anna;
    FakeUser boris;
    FakeUser stranger;

    @BeforeEach
    void people() {
        telegram = bot.telegram();
        anna = bot.firstModerator();
        boris = bot.secondModerator();
        stranger = bot.newUser();
        moderators = bot.moderatorsChat().withMember(stranger);
    }

    BotMessage cardOf(String ref) {
        return moderators.message(m -> m.plainText().contains("New suggestion " + ref));
    }

    CallbackPress answered(String callbackId) {
        CallbackPress press = telegram.callback(callbackId);
        assertThat(press.answered()).as("the press is answered").isTrue();
        return press;
    }

    @Test
    void a_non_moderator_in_the_moderators_chat_cannot_triage_and_nothing_changes() {
        String ref = Suggesting.submit(bot.newUser(), MEDIA, "Independent radio licences.", ANONYMOUS);
        BotMessage card = cardOf(ref);
        assertThat(card.buttonLabels()).contains(ACCEPT, DECLINE, SPAM);

        CallbackPress refused = answered(moderators.memberPresses(stranger, card, ACCEPT));
        assertThat(refused.showAlert()).isTrue();
        assertThat(refused.answerText()).contains("only the moderators");
        CallbackPress forged = answered(moderators.memberPressesData(stranger, card, "tri:s:yes"));
        assertThat(forged.showAlert()).isTrue();

        int before = moderators.messages().size();
        moderators.memberSends(stranger, "/queue");
        assertThat(moderators.messages())
                .as("the stranger's /queue met silence, not a posted refusal")
                .hasSize(before);
        moderators.memberSends(anna, "/queue");
        BotMessage queue = moderators.newMessage(m -> m.plainText().contains("Waiting for a decision"));
        assertThat(queue.plainText()).as("still waiting, as new").contains(ref + " \u00B7");
        assertThat(moderators.messages())
                .filteredOn(m -> m.messageId() == card.messageId())
                .singleElement()
                .extracting(BotMessage::editCount)
                .as("the card was not touched")
                .isEqualTo(0);

        moderators.memberPresses(anna, card, ACCEPT);
        BotMessage choosing = moderators.edited(card);
        moderators.memberPresses(anna, choosing, "Accept without a link");
        BotMessage accepted = moderators.edited(choosing);
        assertThat(accepted.plainText()).contains("Accepted by moderator 1");
        assertThat(accepted.buttons()).isEmpty();
    }

    @Test
    void accepting_with_a_link_tells_the_author_and_offers_to_follow_the_recommendation() {
        FakeUser author = bot.newUser();
        String ref = Suggesting.submit(author, PARTICIPATION, "Visa help for participants.", REACHABLE);
        BotMessage card = cardOf(ref);
        moderators.memberPresses(boris, card, ACCEPT);
        BotMessage choosing = moderators.edited(card);
        assertThat(choosing.allButtons())
                .extracting(b -> b.callbackData())
                .contains("tri:a:R7", "tri:a:R8", "tri:a:R1", "tri:a:-", "tri:b")
                .allMatch(data -> data.getBytes(StandardCharsets.UTF_8).length <= 64);
        String r7 = choosing.buttonLabels().stream()
                .filter(label -> label.startsWith("R7 \u00B7 "))
                .findFirst()
                .orElseThrow();
        moderators.memberPresses(boris, choosing, r7);
        BotMessage accepted = moderators.edited(choosing);
        assertThat(accepted.plainText()).contains("Accepted by moderator 2", "Linked to R7", "Remote participation");

        BotMessage told = author.messageContaining("was accepted");
        assertThat(told.plainText()).contains(ref, "R7");
        assertThat(told.buttonLabels()).as("a button to follow R7").contains("Follow R7");
        Suggesting.assertNoIdentityOf(telegram, author.chatId(), anna, boris);
    }

    @Test
    void asking_for_more_asks_the_moderator_for_the_question_and_brings_the_answer_back_under_the_card() {
        FakeUser author = bot.newUser();
        String ref = Suggesting.submit(author, GRASSROOTS, "Grants for <unregistered> groups & networks.", REACHABLE);
        BotMessage card = cardOf(ref);
        moderators.memberPresses(anna, card, MORE_INFO);
        BotMessage request = moderators.message(m -> m.plainText().contains("What would you like to ask"));
        assertThat(request.replyToMessageId()).as("under the card").isEqualTo(card.messageId());
        assertThat(request.replyMarkup().path("force_reply").asBoolean()).isTrue();
        moderators.memberRepliesTo(anna, request, "How many <groups> & where?");
        moderators.message(m -> m.plainText().contains("Question sent to the author of " + ref));
        BotMessage asked = moderators.edited(card);
        assertThat(asked.plainText())
                .contains("More information requested by moderator 1", "How many <groups> & where?");
        assertThat(asked.buttonLabels())
                .as("still to be decided")
                .contains(ACCEPT)
                .doesNotContain(MORE_INFO);

        BotMessage question = author.messageContaining("The moderators ask about your suggestion");
        assertThat(question.plainText()).contains("How many <groups> & where?");
        assertThat(question.replyMarkup().path("force_reply").asBoolean())
                .as("the reply box opens")
                .isTrue();
        author.replyTo(question, "We are <b>40</b> groups & growing.");
        assertThat(author.reply().plainText()).contains("Sent to the moderators");
        BotMessage answer = moderators.message(m -> m.plainText().contains("The author of " + ref + " answers"));
        assertThat(answer.replyToMessageId()).as("under the card").isEqualTo(card.messageId());
        assertThat(answer.plainText()).contains("We are <b>40</b> groups & growing.");
        assertThat(answer.protectContent()).isTrue();
        Suggesting.assertNoIdentityOf(telegram, InProcessBot.MODERATORS_CHAT, author);
    }

    @Test
    void anonymous_authors_are_reached_only_through_their_receipt_and_the_moderator_is_told() {
        FakeUser author = bot.newUser();
        String ref = Suggesting.submit(author, POLMIL, "Publish small-arms data.", ANONYMOUS);
        BotMessage card = cardOf(ref);
        assertThat(card.plainText()).contains("only for /check");
        assertThat(card.buttonLabels())
                .as("a question waits for the receipt's holder")
                .contains(MORE_INFO);

        moderators.memberSends(anna, "/reply " + ref + " Could you tell us more?");
        assertThat(moderators.newMessage().plainText())
                .contains(ref, "sent it anonymously", "check with their receipt");
        int before = telegram.deliveredTextsTo(author.chatId()).size();
        moderators.memberRepliesTo(anna, card, "And by replying to the card?");
        BotMessage note = moderators.newMessage();
        assertThat(note.plainText()).as("a reply to a card is an internal note").contains("Internal note on " + ref);
        moderators.memberPresses(anna, note, "\u2709\uFE0F Send this to the author");
        assertThat(moderators.edited(note).plainText())
                .contains("kept for the author of " + ref, "check with their receipt");
        assertThat(telegram.deliveredTextsTo(author.chatId()))
                .as("nothing is sent to an anonymous author")
                .hasSize(before);
    }

    @Test
    void marking_spam_stops_the_sender_from_suggesting_without_telling_them_why() {
        FakeUser spammer = bot.newUser();
        String ref = Suggesting.submit(spammer, MEDIA, "BUY CHEAP WATCHES", REACHABLE);
        BotMessage card = cardOf(ref);
        moderators.memberPresses(anna, card, SPAM);
        BotMessage confirm = moderators.edited(card);
        assertThat(confirm.plainText()).contains("30 days");
        moderators.memberPresses(anna, confirm, "\uD83D\uDEAB Yes, mark as spam");
        assertThat(moderators.edited(confirm).plainText()).contains("Marked as spam by moderator 1");

        spammer.send("/suggest");
        BotMessage refused = spammer.reply();
        assertThat(refused.plainText())
                .contains("cannot send a new suggestion right now")
                .doesNotContainIgnoringCase("spam");
        assertThat(refused.buttons()).isEmpty();
        assertThat(telegram.deliveredTextsTo(spammer.chatId()))
                .noneMatch(text -> text.toLowerCase().contains("spam"));

        FakeUser someoneElse = bot.newUser();
        someoneElse.send("/suggest");
        assertThat(someoneElse.reply().plainText()).contains("Which working group");
    }
}
