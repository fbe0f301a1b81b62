package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.CallbackPress;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Triage from the cards in the moderators' chat (privacy mode on, as BotFather sets it), against the real
 * bot process. The bot keeps to 20 messages a minute in a group, so waits on the group are generous.
 */
class TriageE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final Duration GROUP_WAIT = Duration.ofSeconds(90);
    static final long MODERATORS_CHAT = -1001234567001L;

    @TempDir
    static Path folder;
    static FakeTelegram telegram;
    static BotProcess bot;
    static FakeGroup moderators;
    static FakeUser anna;
    static FakeUser boris;
    static FakeUser stranger;
    static long nextUser = 740_000_001L;

    @BeforeAll
    static void startBot() {
        telegram = FakeTelegram.start("700002:E2E-token");
        anna = telegram.user(730_000_011L);
        boris = telegram.user(730_000_012L);
        stranger = telegram.user(730_000_099L);
        moderators = telegram.group(MODERATORS_CHAT, "supergroup").withMember(anna).withMember(boris).withMember(stranger);
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("BOT_MODERATORS", anna.id() + "," + boris.id())
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

    static FakeUser newActivist() {
        return telegram.user(nextUser++);
    }

    static BotMessage cardOf(String ref) {
        return moderators.awaitMessage(m -> m.plainText().contains("New suggestion " + ref), GROUP_WAIT);
    }

    static CallbackPress answered(String callbackId) {
        telegram.await(() -> telegram.callback(callbackId).answered(), GROUP_WAIT, "the press to be answered");
        return telegram.callback(callbackId);
    }

    @Test
    void a_non_moderator_in_the_moderators_chat_cannot_triage_and_nothing_changes() {
        String ref = Activists.submit(newActivist(), "suggest:media", "Independent radio licences.", "reach:no", WAIT);
        BotMessage card = cardOf(ref);
        assertThat(card.buttonLabels()).contains("\u2705 Accept", "\u274C Decline", "\uD83D\uDEAB Spam");

        CallbackPress refused = answered(moderators.memberPresses(stranger, card, "tri:a"));
        assertThat(refused.showAlert()).isTrue();
        assertThat(refused.answerText()).contains("only the moderators");
        CallbackPress forged = answered(moderators.memberPressesData(stranger, card, "tri:s:yes"));
        assertThat(forged.showAlert()).isTrue();

        int before = moderators.messages().size();
        moderators.memberSends(stranger, "/queue");
        moderators.memberSends(anna, "/queue");
        BotMessage queue = moderators.awaitNewMessage(m -> m.plainText().contains("Waiting for a decision"), GROUP_WAIT);
        assertThat(moderators.messages()).as("the stranger's /queue met silence, not a posted refusal")
                .hasSize(before + 1).noneMatch(m -> m.plainText().contains("only the moderators"));
        assertThat(queue.plainText()).as("still waiting, as new").contains(ref + " \u00B7");
        assertThat(moderators.messages()).filteredOn(m -> m.messageId() == card.messageId())
                .singleElement().extracting(BotMessage::editCount).as("the card was not touched").isEqualTo(0);

        moderators.memberPresses(anna, card, "tri:a");
        BotMessage choosing = moderators.awaitEdit(card, GROUP_WAIT);
        moderators.memberPresses(anna, choosing, "tri:a:-");
        BotMessage accepted = moderators.awaitEdit(choosing, GROUP_WAIT);
        assertThat(accepted.plainText()).contains("Accepted by moderator 1");
        assertThat(accepted.allButtons()).as("only the short-lived undo").singleElement()
                .satisfies(button -> assertThat(button.callbackData()).isEqualTo("tri:u"));
    }

    @Test
    void two_moderators_pressing_at_once_give_exactly_one_outcome_and_the_author_hears_the_reason() {
        FakeUser author = newActivist();
        String ref = Activists.submit(author, "suggest:participation", "Remote participation for all meetings.", "reach:yes", WAIT);
        BotMessage card = cardOf(ref);
        moderators.memberPresses(anna, card, "tri:d");
        BotMessage reasons = moderators.awaitEdit(card, GROUP_WAIT);
        assertThat(reasons.plainText()).contains("which reason");

        String first = moderators.memberPresses(anna, reasons, "tri:d:duplicate");
        String second = moderators.memberPressesData(boris, reasons, "tri:d:unclear");
        CallbackPress annas = answered(first);
        CallbackPress boriss = answered(second);

        assertThat(annas.showAlert()).isFalse();
        assertThat(boriss.showAlert()).isTrue();
        assertThat(boriss.answerText()).contains("Already handled", "declined");
        BotMessage declined = moderators.awaitEdit(reasons, GROUP_WAIT);
        assertThat(declined.plainText()).contains("Declined by moderator 1", "similar suggestion")
                .doesNotContain("not clear enough").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
        assertThat(declined.allButtons()).extracting(b -> b.callbackData()).containsExactly("tri:u");

        BotMessage told = author.awaitMessageContaining("was declined", GROUP_WAIT);
        assertThat(told.plainText()).contains(ref, "A very similar suggestion was already made");
        assertThat(told.protectContent()).isTrue();
        moderators.memberSends(anna, "/stats");
        moderators.awaitNewMessage(m -> m.plainText().contains("Statistics"), GROUP_WAIT);
        assertThat(telegram.deliveredTextsTo(author.chatId())).filteredOn(text -> text.contains("was declined")).hasSize(1);
        Activists.assertNoIdentityOf(telegram, author.chatId(), anna, boris);
        Activists.assertNoIdentityOf(telegram, MODERATORS_CHAT, author);
    }

    @Test
    void accepting_with_a_link_tells_the_author_and_offers_to_follow_the_recommendation() {
        FakeUser author = newActivist();
        String ref = Activists.submit(author, "suggest:participation", "Visa help for participants.", "reach:yes", WAIT);
        BotMessage card = cardOf(ref);
        moderators.memberPresses(boris, card, "tri:a");
        BotMessage choosing = moderators.awaitEdit(card, GROUP_WAIT);
        assertThat(choosing.allButtons()).extracting(b -> b.callbackData())
                .contains("tri:a:R7", "tri:a:R8", "tri:a:R1", "tri:a:-", "tri:b")
                .allMatch(data -> data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64);
        moderators.memberPresses(boris, choosing, "tri:a:R7");
        BotMessage accepted = moderators.awaitEdit(choosing, GROUP_WAIT);
        assertThat(accepted.plainText()).contains("Accepted by moderator 2", "Linked to R7", "Remote participation");

        BotMessage told = author.awaitMessageContaining("was accepted", GROUP_WAIT);
        assertThat(told.plainText()).contains(ref, "R7");
        assertThat(told.button("linked:R7")).as("a button to follow R7").isPresent();
        Activists.assertNoIdentityOf(telegram, author.chatId(), anna, boris);
    }

    @Test
    void asking_for_more_brings_the_answer_back_under_the_card() {
        FakeUser author = newActivist();
        String ref = Activists.submit(author, "suggest:grassroots", "Grants for <unregistered> groups & networks.", "reach:yes", WAIT);
        BotMessage card = cardOf(ref);
        moderators.memberPresses(anna, card, "tri:i");
        BotMessage asked = moderators.awaitEdit(card, GROUP_WAIT);
        assertThat(asked.plainText()).contains("More information requested by moderator 1");
        assertThat(asked.buttonLabels()).as("still to be decided").contains("\u2705 Accept")
                .doesNotContain("\u2753 Ask for more");

        BotMessage question = author.awaitMessageContaining("would like to know more", GROUP_WAIT);
        author.replyTo(question, "We are <b>40</b> groups & growing.");
        assertThat(author.awaitReply(WAIT).plainText()).contains("Sent to the moderators");
        BotMessage answer = moderators.awaitMessage(m -> m.plainText().contains("The author of " + ref + " answers"), GROUP_WAIT);
        assertThat(answer.replyToMessageId()).as("under the card").isEqualTo(card.messageId());
        assertThat(answer.plainText()).contains("We are <b>40</b> groups & growing.");
        assertThat(answer.protectContent()).isTrue();
        Activists.assertNoIdentityOf(telegram, MODERATORS_CHAT, author);
    }

    @Test
    void anonymous_authors_cannot_be_asked_for_more_and_the_moderator_is_told() {
        FakeUser author = newActivist();
        String ref = Activists.submit(author, "suggest:polmil", "Publish small-arms data.", "reach:no", WAIT);
        BotMessage card = cardOf(ref);
        assertThat(card.buttonLabels()).doesNotContain("\u2753 Ask for more");
        CallbackPress forged = answered(moderators.memberPressesData(anna, card, "tri:i"));
        assertThat(forged.showAlert()).isTrue();
        assertThat(forged.answerText()).contains("anonymous", "no reply is possible");

        moderators.memberSends(anna, "/reply " + ref + " Could you tell us more?");
        assertThat(moderators.awaitNewMessage(m -> true, GROUP_WAIT).plainText())
                .contains(ref, "anonymous", "no reply is possible");
        moderators.memberRepliesTo(anna, card, "And by replying to the card?");
        BotMessage note = moderators.awaitNewMessage(m -> true, GROUP_WAIT);
        assertThat(note.plainText()).as("a reply to a card is an internal note").contains("Internal note on " + ref);
        assertThat(note.buttons()).as("nothing to send it to").isEmpty();
    }

    @Test
    void marking_spam_stops_the_sender_from_suggesting_without_telling_them_why() {
        FakeUser spammer = newActivist();
        String ref = Activists.submit(spammer, "suggest:media", "BUY CHEAP WATCHES", "reach:yes", WAIT);
        BotMessage card = cardOf(ref);
        moderators.memberPresses(anna, card, "tri:s");
        BotMessage confirm = moderators.awaitEdit(card, GROUP_WAIT);
        assertThat(confirm.plainText()).contains("30 days");
        moderators.memberPresses(anna, confirm, "tri:s:yes");
        assertThat(moderators.awaitEdit(confirm, GROUP_WAIT).plainText()).contains("Marked as spam by moderator 1");

        spammer.send("/suggest");
        BotMessage refused = spammer.awaitReply(WAIT);
        assertThat(refused.plainText()).contains("cannot send a new suggestion right now").doesNotContainIgnoringCase("spam");
        assertThat(refused.buttons()).isEmpty();
        assertThat(telegram.deliveredTextsTo(spammer.chatId())).noneMatch(text -> text.toLowerCase().contains("spam"));

        FakeUser someoneElse = newActivist();
        someoneElse.send("/suggest");
        assertThat(someoneElse.awaitReply(WAIT).plainText()).contains("Which working group");
    }
}
