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
        assertThat(card.plainText()).contains("possible, with /reply")
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
        user.messageContaining("Now write");

        user.send("x".repeat(3001));
        assertThat(user.reply().plainText()).contains("3,001", "3,000");
        user.send("   ");
        assertThat(user.reply().plainText()).contains("empty");
        user.sendPhoto("a caption is not a suggestion");
        assertThat(user.reply().plainText()).contains("Only text");
        user.sendVoice();
        assertThat(user.reply().plainText()).contains("Only text");

        user.send("x".repeat(3000));
        BotMessage review = user.reply();
        assertThat(review.hasButton("Send")).isTrue();
        assertThat(review.protectContent()).isTrue();
    }

    @Test
    void edit_lets_the_author_rewrite_before_sending() {
        FakeUser user = bot.newUser();
        user.send("/suggest");
        user.press(user.reply(), POLMIL);
        user.messageContaining("Now write");
        user.send("First draft with a typo");
        user.press(user.reply(), "Edit");
        user.messageContaining("Now write");
        user.send("Second, corrected draft");
        BotMessage review = user.reply();
        assertThat(review.plainText()).contains("Second, corrected draft").doesNotContain("typo");
    }

    @Test
    void cancel_abandons_the_suggestion_and_nothing_reaches_the_moderators() {
        FakeUser user = bot.newUser();
        user.send("/suggest");
        user.press(user.reply(), MEDIA);
        user.messageContaining("Now write");
        user.send("A text I will cancel, marker 5e1f");
        BotMessage review = user.reply();
        user.press(review, "Cancel");
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
        assertThat(telegram.unansweredCallbacks()).as("every forged press answered").isEmpty();
        user.send("text while still choosing a working group");
        assertThat(user.reply().plainText()).contains("choose a working group");
    }

    // ---- hostile input

    @Test
    void texts_at_and_over_every_limit() {
        FakeUser user = bot.newUser();
        user.send("x".repeat(4096)); // the longest text Telegram delivers, outside any flow
        assertThat(user.reply().plainText()).contains("/suggest");
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
        assertThat(moderators.message(m -> m.plainText().contains(reference)).plainText()).contains(text);
    }

    @Test
    void forged_and_replayed_callback_data() {
        FakeUser user = bot.newUser();
        user.send("/suggest");
        BotMessage workingGroups = user.reply();
        for (String forged : new String[] {"x", ":", "suggest:", "suggest:../../etc", "reach:maybe", "review:send",
                "z".repeat(64), "suggest:media:extra", "\u0000", "linked:R999", "card:S-AAAAA"}) {
            user.pressData(workingGroups, forged);
        }
        assertThat(telegram.unansweredCallbacks()).as("every forged press answered").isEmpty();
        user.press(workingGroups, GRASSROOTS);
        user.messageContaining("Now write");
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
        assertThat(moderators.messages()).filteredOn(m -> m.plainText().contains("A replayed Send")).hasSize(1)
                .allMatch(m -> m.plainText().contains(reference));
    }

    /** Runs /suggest to the end and returns the reference the user was shown. */
    static String submit(FakeUser user, String workingGroup, String text, String reachability) {
        user.send("/suggest");
        BotMessage workingGroups = user.reply();
        assertThat(workingGroups.buttonLabels()).hasSize(5);
        user.press(workingGroups, workingGroup);
        user.messageContaining("Now write");
        user.send(text);
        BotMessage review = user.reply();
        assertThat(review.plainText()).contains(text);
        user.press(review, "Send");
        BotMessage question = user.edited(review);
        assertThat(question.plainText()).contains("May the moderators reply");
        user.press(question, reachability);
        BotMessage stored = user.message(m -> m.messageId() == question.messageId()
                && m.plainText().contains("Reference"));
        Matcher matcher = REFERENCE.matcher(stored.plainText());
        assertThat(matcher.find()).as("a reference in: %s", stored.plainText()).isTrue();
        return matcher.group();
    }
}
