package org.civicrelay.telegram.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicrelay.telegram.Suggesting.ANONYMOUS;
import static org.civicrelay.telegram.Suggesting.GRASSROOTS;
import static org.civicrelay.telegram.Suggesting.MEDIA;
import static org.civicrelay.telegram.Suggesting.PARTICIPATION;
import static org.civicrelay.telegram.Suggesting.POLMIL;
import static org.civicrelay.telegram.Suggesting.REACHABLE;
import static org.civicrelay.telegram.Suggesting.REFERENCE;

import java.util.regex.Matcher;
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

/** /suggest from the working group to the card, its limits, and what forged or replayed buttons cannot do. */
@InProcessBotTest
class SuggestFlowTest {

    @Autowired
    InProcessBot bot;

    FakeTelegram telegram;
    FakeGroup moderators;

    @BeforeEach
    void chats() {
        telegram = bot.telegram();
        moderators = bot.moderatorsChat();
    }

    @Test
    void a_reachable_suggestion_says_replies_are_possible_on_the_card() {
        FakeUser user = bot.newUser();
        String reference = submit(user, PARTICIPATION, "Please allow remote participation.", REACHABLE);
        BotMessage card = moderators.message(m -> m.plainText().contains(reference));
        assertThat(card.plainText())
                .contains("possible: reply to this card")
                .doesNotContain(String.valueOf(user.id()), user.firstName(), user.username());
    }

    @Test
    void references_are_random_not_sequential() {
        String first = submit(bot.newUser(), GRASSROOTS, "First suggestion text.", ANONYMOUS);
        String second = submit(bot.newUser(), GRASSROOTS, "Second suggestion text.", ANONYMOUS);
        assertThat(first).isNotEqualTo(second).matches(REFERENCE.pattern());
    }

    @Test
    void too_long_empty_and_media_texts_are_answered_clearly() {
        FakeUser user = bot.newUser();
        user.send("/suggest");
        user.press(user.reply(), MEDIA);
        user.messageContaining("Write your suggestion");

        user.send("x".repeat(3001));
        assertThat(user.reply().plainText()).contains("3,001", "3,000");
        user.send("   ");
        assertThat(user.reply().plainText()).contains("empty");
        int photo = user.sendPhoto("a caption is not a suggestion");
        BotMessage why = user.reply();
        assertThat(why.plainText()).contains("can give away who sent them", "only text");
        user.press(why, "\uD83D\uDDD1 Delete it from this chat");
        assertThat(telegram.calls("deleteMessages"))
                .anyMatch(call -> call.params().toString().contains(String.valueOf(photo)));
        user.sendVoice();
        assertThat(user.reply().plainText()).contains("only text");

        user.send("x".repeat(3000));
        BotMessage review = user.reply();
        assertThat(review.buttonLabels()).containsExactly(ANONYMOUS, REACHABLE, "\u270F\uFE0F Edit", "\u2716 Cancel");
        assertThat(review.plainText())
                .contains("the decision cannot be sent to you", "receipt", "without seeing who you are");
        assertThat(review.protectContent()).isTrue();
    }

    @Test
    void edit_lets_the_author_rewrite_before_sending() {
        FakeUser user = bot.newUser();
        user.send("/suggest");
        user.press(user.reply(), POLMIL);
        user.messageContaining("Write your suggestion");
        user.send("First draft with a typo");
        user.press(user.reply(), "\u270F\uFE0F Edit");
        user.messageContaining("Write your suggestion");
        user.send("Second, corrected draft");
        BotMessage review = user.reply();
        assertThat(review.plainText()).contains("Second, corrected draft").doesNotContain("typo");
    }

    @Test
    void cancel_abandons_the_suggestion_and_nothing_reaches_the_moderators() {
        FakeUser user = bot.newUser();
        user.send("/suggest");
        user.press(user.reply(), MEDIA);
        user.messageContaining("Write your suggestion");
        user.send("A text I will cancel, marker 5e1f");
        BotMessage review = user.reply();
        user.press(review, "\u2716 Cancel");
        assertThat(user.edited(review).plainText()).contains("Cancelled");
        user.send("/cancel");
        assertThat(user.reply().plainText()).contains("nothing to cancel");
        user.send("/help");
        user.reply();
        assertThat(moderators.messages()).noneMatch(m -> m.plainText().contains("marker 5e1f"));
    }

    @Test
    void forged_and_stale_button_data_are_answered_and_change_nothing() {
        FakeUser user = bot.newUser();
        user.send("/suggest");
        BotMessage workingGroups = user.reply();
        user.pressData(workingGroups, "suggest:no-such-group");
        user.pressData(workingGroups, "nonsense");
        user.pressData(workingGroups, "reach:yes");
        user.pressData(workingGroups, "review:'; DROP TABLE suggestion; --");
        assertThat(telegram.unansweredCallbacks())
                .as("every forged press answered")
                .isEmpty();
        user.send("text while still choosing a working group");
        assertThat(user.reply().plainText()).contains("choose a working group");
    }

    @Test
    void stray_text_can_become_a_suggestion_and_nothing_is_kept_while_the_person_decides() {
        FakeUser user = bot.newUser();
        int drafts = bot.count("SELECT count(*) FROM suggestion_draft");
        int message = user.send("Interpreters for sign language at every meeting.");
        BotMessage offer = user.reply();
        assertThat(offer.replyToMessageId())
                .as("the offer answers the message, which is read back from it")
                .isEqualTo(message);
        assertThat(bot.count("SELECT count(*) FROM suggestion_draft"))
                .as("nothing kept while deciding")
                .isEqualTo(drafts);
        user.press(offer, "\u270D\uFE0F Yes, choose a working group");
        BotMessage groups = user.edited(offer);
        assertThat(groups.plainText()).contains("Which working group");
        user.press(groups, PARTICIPATION);
        BotMessage review = user.messageContaining("Please check your suggestion");
        assertThat(review.plainText()).contains("Interpreters for sign language at every meeting.");
        assertThat(review.protectContent()).isTrue();
    }

    @Test
    void a_second_message_can_be_added_an_edit_replaces_the_draft_and_suggest_asks_before_discarding_it() {
        FakeUser user = bot.newUser();
        Suggesting.startWriting(user, MEDIA);
        user.send("Community radio licences");
        user.messageContaining("Please check");

        user.send("for minority languages too.");
        BotMessage offer = user.reply();
        assertThat(offer.plainText()).contains("part of your suggestion");
        user.press(offer, "\u2795 Add to the text");
        BotMessage added = user.message(
                m -> m.plainText().contains("Please check") && m.plainText().contains("for minority languages too."));
        assertThat(added.plainText()).contains("Community radio licences\n\nfor minority languages too.");

        user.editLastMessage("for minority languages, too.");
        user.messageContaining("edited message"); // only the draft's own message replaces it
        user.sentMessages().stream()
                .filter(m -> "Community radio licences".equals(m.text()))
                .findFirst()
                .ifPresent(first -> user.editMessage(first.messageId(), "Licences for community radio"));
        BotMessage edited = user.message(
                m -> m.plainText().contains("Please check") && m.plainText().contains("Licences for community radio"));
        assertThat(edited.plainText()).doesNotContain("Community radio licences");

        user.send("/suggest");
        BotMessage ask = user.reply();
        assertThat(ask.plainText()).contains("unfinished suggestion", "Licences for community radio");
        user.press(ask, "Continue it");
        assertThat(user.messageContaining("Please check").plainText()).contains("Licences for community radio");
        user.send("/suggest");
        user.press(user.messageContaining("unfinished suggestion"), "Discard it and start anew");
        user.messageContaining("Which working group");
        user.send("/suggest");
        assertThat(user.reply().plainText())
                .as("the old text is gone: nothing to ask about")
                .contains("Which working group")
                .doesNotContain("unfinished");
    }

    // ---- hostile input

    @Test
    void texts_at_and_over_every_limit() {
        FakeUser user = bot.newUser();
        user.send("x".repeat(4096)); // the longest text Telegram delivers, outside any flow
        assertThat(user.reply().plainText()).contains("as a suggestion");
        Suggesting.startWriting(user, MEDIA);
        user.send("y".repeat(3001));
        assertThat(user.reply().plainText()).contains("3,001");
        user.send("\uD83D\uDE00".repeat(1501)); // 3002 UTF-16 units, as Telegram counts
        assertThat(user.reply().plainText()).contains("3,002", "limit");
        String longest = "<&>\"".repeat(750); // 3000 characters, each one escaped in the echo
        user.send(longest);
        BotMessage review = user.reply();
        assertThat(review.plainText()).contains(longest);
        String reference = Suggesting.send(user, review, ANONYMOUS);
        BotMessage card = moderators.message(m -> m.plainText().contains(reference));
        assertThat(card.plainText()).contains(longest);
    }

    @Test
    void markup_metacharacters_rtl_and_emoji_are_echoed_as_written() {
        FakeUser user = bot.newUser();
        String text = "<a href=\"tg://user?id=1\">x</a> &amp; &#60; </b> <script> ' \" "
                + "مرحبا بالعالم שלום \u200F\u202E reversed \u202C 👩‍👩‍👧 🏳️‍🌈 \uD83D\uDC4D";
        Suggesting.startWriting(user, MEDIA);
        user.send(text);
        BotMessage review = user.reply();
        assertThat(review.plainText()).contains(text);
        String reference = Suggesting.send(user, review, ANONYMOUS);
        assertThat(moderators.message(m -> m.plainText().contains(reference)).plainText())
                .contains(text);
    }

    @Test
    void forged_and_replayed_callback_data() {
        FakeUser user = bot.newUser();
        user.send("/suggest");
        BotMessage workingGroups = user.reply();
        for (String forged : new String[] {
            "x",
            ":",
            "suggest:",
            "suggest:../../etc",
            "reach:maybe",
            "review:send",
            "z".repeat(64),
            "suggest:media:extra",
            "\u0000",
            "linked:R999",
            "card:S-AAAAA"
        }) {
            user.pressData(workingGroups, forged);
        }
        assertThat(telegram.unansweredCallbacks())
                .as("every forged press answered")
                .isEmpty();
        user.press(workingGroups, GRASSROOTS);
        user.messageContaining("Write your suggestion");
        user.send("A replayed Send must not store this twice.");
        BotMessage review = user.reply();
        String reference = Suggesting.send(user, review, ANONYMOUS);
        // Replays of every button of the finished flow
        user.pressData(review, "review:send");
        user.pressData(review, "reach:yes");
        user.pressData(workingGroups, "suggest:media");
        assertThat(telegram.unansweredCallbacks()).as("every replay answered").isEmpty();
        user.send("/help");
        user.messageContaining("What you can do");
        assertThat(moderators.messages())
                .filteredOn(m -> m.plainText().contains("A replayed Send"))
                .hasSize(1)
                .allMatch(m -> m.plainText().contains(reference));
    }

    /** Runs /suggest to the end and returns the reference the user was shown. */
    static String submit(FakeUser user, String workingGroup, String text, String reachability) {
        user.send("/suggest");
        BotMessage workingGroups = user.reply();
        assertThat(workingGroups.buttonLabels()).hasSize(5);
        user.press(workingGroups, workingGroup);
        user.messageContaining("Write your suggestion");
        user.send(text);
        BotMessage review = user.reply();
        assertThat(review.plainText()).contains(text);
        user.press(review, reachability);
        BotMessage stored = user.message(
                m -> m.messageId() == review.messageId() && m.plainText().contains("Reference"));
        Matcher matcher = REFERENCE.matcher(stored.plainText());
        assertThat(matcher.find()).as("a reference in: %s", stored.plainText()).isTrue();
        return matcher.group();
    }
}
