package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile input, category by category: every one gets a short answer or deliberate silence,
 * never a crash, a stall or a Bot API call that Telegram would reject.
 */
class HostileInputE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long MODERATORS_CHAT = -1005550000001L;

    @TempDir
    static Path folder;
    static FakeTelegram telegram;
    static BotProcess bot;
    static FakeGroup moderators;
    static long nextUser = 760_000_001L;

    @BeforeAll
    static void startBot() {
        telegram = FakeTelegram.start("700004:HOSTILE-token");
        moderators = telegram.group(MODERATORS_CHAT, "supergroup");
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("LOGGING_LEVEL_ORG_CIVICRELAY", "DEBUG") // so that LogPrivacy covers debug lines too
                .startAndAwaitPolling(telegram);
    }

    @AfterAll
    static void stopBot() {
        BotChecks.stop(bot, telegram);
    }

    @AfterEach
    void nothingRejectedNothingCrashed() {
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
        assertThat(bot.output()).doesNotContain("Handling an update failed");
    }

    static FakeUser newUser() {
        return telegram.user(nextUser++);
    }

    @Test
    void texts_at_and_over_every_limit() {
        FakeUser user = newUser();
        user.send("x".repeat(4096)); // the longest text Telegram delivers, outside any flow
        assertThat(user.awaitReply(WAIT).plainText()).contains("as a suggestion");
        startWriting(user);
        user.send("y".repeat(3001));
        assertThat(user.awaitReply(WAIT).plainText()).contains("3,001");
        user.send("\uD83D\uDE00".repeat(1501)); // 3002 UTF-16 units, as Telegram counts
        assertThat(user.awaitReply(WAIT).plainText()).contains("3,002", "limit");
        String longest = "<&>\"".repeat(750); // 3000 characters, each one escaped in the echo
        user.send(longest);
        BotMessage review = user.awaitReply(WAIT);
        assertThat(review.plainText()).contains(longest);
        String reference = send(user, review);
        BotMessage card = moderators.awaitMessage(m -> m.plainText().contains(reference), WAIT);
        assertThat(card.plainText()).contains(longest);
    }

    @Test
    void media_of_every_kind() {
        FakeUser user = newUser();
        user.sendPhoto();
        assertThat(user.awaitReply(WAIT).plainText()).contains("only text");
        user.sendVoice();
        assertThat(user.awaitReply(WAIT).plainText()).contains("only text");
        user.sendDocument("leak.pdf");
        assertThat(user.awaitReply(WAIT).plainText()).contains("only text");
        user.sendSticker();
        assertThat(user.awaitReply(WAIT).plainText()).contains("only text");
        int location = user.sendLocation(41.3, 69.2);
        assertThat(user.awaitReply(WAIT).plainText()).contains("removed");
        int contact = user.sendContact("+998901234567");
        assertThat(user.awaitReply(WAIT).plainText()).contains("removed");
        telegram.await(() -> telegram.calls("deleteMessage").stream()
                .filter(call -> call.params().path("chat_id").asLong() == user.id())
                .map(call -> call.params().path("message_id").asInt())
                .toList().containsAll(java.util.List.of(location, contact)), WAIT, "contact and location deleted");
        assertThat(moderators.messages()).noneMatch(m -> m.plainText().contains("998901234567"));
    }

    @Test
    void edited_messages_and_unknown_commands() {
        FakeUser user = newUser();
        user.send("/");
        assertThat(user.awaitReply(WAIT).plainText()).contains("/help");
        user.send("/" + "a".repeat(200) + "@" + telegram.botUsername() + " args");
        assertThat(user.awaitReply(WAIT).plainText()).contains("/help");
        user.send("/help@some_other_bot");
        user.send("/privacy");
        assertThat(user.awaitReply(WAIT).plainText()).contains("What Civic Relay keeps");
        user.editLastMessage("/privacy again");
        user.awaitMessageContaining("edited message", WAIT);
    }

    @Test
    void markup_metacharacters_rtl_and_emoji_are_echoed_as_written() {
        FakeUser user = newUser();
        String text = "<a href=\"tg://user?id=1\">x</a> &amp; &#60; </b> <script> ' \" "
                + "مرحبا بالعالم שלום \u200F\u202E reversed \u202C 👩‍👩‍👧 🏳️‍🌈 \uD83D\uDC4D";
        startWriting(user);
        user.send(text);
        BotMessage review = user.awaitReply(WAIT);
        assertThat(review.plainText()).contains(text);
        String reference = send(user, review);
        assertThat(moderators.awaitMessage(m -> m.plainText().contains(reference), WAIT).plainText()).contains(text);
    }

    @Test
    void forged_and_replayed_callback_data() {
        FakeUser user = newUser();
        user.send("/suggest");
        BotMessage workingGroups = user.awaitReply(WAIT);
        for (String forged : new String[] {"x", ":", "suggest:", "suggest:../../etc", "reach:maybe", "review:send",
                "z".repeat(64), "suggest:media:extra", "\u0000", "linked:R999", "card:S-AAAAA"}) {
            user.pressData(workingGroups, forged);
        }
        telegram.await(() -> telegram.unansweredCallbacks().isEmpty(), WAIT, "every forged press answered");
        user.press(workingGroups, "suggest:grassroots");
        user.awaitMessageContaining("Write your suggestion", WAIT);
        user.send("A replayed Send must not store this twice.");
        BotMessage review = user.awaitReply(WAIT);
        String reference = send(user, review);
        // Replays of every button of the finished flow
        user.pressData(review, "review:anon");
        user.pressData(review, "review:reach");
        user.pressData(workingGroups, "suggest:media");
        telegram.await(() -> telegram.unansweredCallbacks().isEmpty(), WAIT, "every replay answered");
        user.send("/help");
        user.awaitMessageContaining("What you can do", WAIT);
        assertThat(moderators.messages()).filteredOn(m -> m.plainText().contains("A replayed Send")).hasSize(1)
                .allMatch(m -> m.plainText().contains(reference));
    }

    @Test
    void a_flooding_user_is_throttled_and_others_are_still_served_within_two_seconds() {
        FakeUser flooder = newUser();
        FakeUser other = newUser();
        for (int i = 0; i < 300; i++) {
            flooder.send("flood " + i);
        }
        // The notice comes after the replies already allowed, which leave at one a second.
        flooder.awaitMessageContaining("very fast", Duration.ofSeconds(90));
        Instant asked = Instant.now();
        other.send("/help");
        other.awaitMessageContaining("What you can do", WAIT);
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(2));
        telegram.awaitUpdatesConfirmed(WAIT);
        long answered = flooder.messages().stream().filter(m -> m.plainText().contains("as a suggestion")).count();
        assertThat(answered).as("only the allowance is handled").isLessThanOrEqualTo(45);
    }

    @Test
    void a_person_writing_normally_is_never_throttled() {
        FakeUser user = newUser();
        for (int i = 0; i < 20; i++) {
            user.send("/help");
        }
        telegram.await(() -> user.messages().stream().filter(m -> m.plainText().contains("What you can do")).count() == 20,
                Duration.ofSeconds(40), "twenty answers, one a second");
        assertThat(user.messages()).noneMatch(m -> m.plainText().contains("very fast"));
    }

    @Test
    void strangers_groups_channels_and_inline_queries_get_silence() {
        FakeUser stranger = newUser();
        FakeGroup group = telegram.group(-1005550000999L, "supergroup").withMember(stranger);
        group.memberSends(stranger, "/start");
        group.memberSends(stranger, "/suggest@" + telegram.botUsername());
        telegram.channelPost(-1005550000777L, "/start");
        telegram.inlineQuery(stranger, "anything");
        FakeGroup added = telegram.group(-1005550000888L, "group");
        added.addBot(stranger);
        telegram.await(() -> !added.botIsMember(), WAIT, "the bot to leave the group it was added to");
        telegram.await(() -> !group.botIsMember(), WAIT, "the bot to leave a group it found itself in");
        telegram.awaitUpdatesConfirmed(WAIT);
        assertThat(group.messages()).isEmpty();
        assertThat(added.messages()).isEmpty();
        assertThat(telegram.messagesTo(-1005550000777L)).isEmpty();
        assertThat(telegram.callCount("answerInlineQuery")).isZero();
    }

    static void startWriting(FakeUser user) {
        user.send("/suggest");
        user.press(user.awaitMessageContaining("Which working group", WAIT), "suggest:media");
        user.awaitMessageContaining("Write your suggestion", WAIT);
    }

    static String send(FakeUser user, BotMessage review) {
        user.press(review, "review:anon");
        BotMessage question = review;
        BotMessage stored = user.awaitMessage(m -> m.messageId() == question.messageId()
                && m.plainText().contains("Reference"), WAIT);
        return stored.plainText().replaceAll("(?s).*?(S-[A-Z0-9]{4,10}).*", "$1");
    }
}
