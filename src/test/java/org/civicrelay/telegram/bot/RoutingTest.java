package org.civicrelay.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * What the router does with what is not a feature's: commands by name, unknown commands and stray text,
 * media, shared contacts, edits, and the silence kept in strangers' groups, channels and inline mode.
 */
@InProcessBotTest
class RoutingTest {

    @Autowired
    InProcessBot bot;

    FakeTelegram telegram;

    @BeforeEach
    void fake() {
        telegram = bot.telegram();
    }

    @Test
    void commands_addressed_to_the_bot_by_name_work() {
        FakeUser user = bot.newUser();
        user.send("/help@" + telegram.botUsername());
        assertThat(user.reply().plainText()).contains("/suggest");
    }

    @Test
    void unknown_commands_and_stray_text_get_a_helpful_answer() {
        FakeUser user = bot.newUser();
        user.send("/frobnicate");
        assertThat(user.reply().plainText()).contains("/help");
        user.send("hello?");
        BotMessage offer = user.reply();
        assertThat(offer.plainText()).contains("Send this as a suggestion");
        user.press(offer, "No");
        assertThat(user.edited(offer).plainText()).contains("nothing was sent or kept");
    }

    @Test
    void contacts_and_locations_are_removed_from_the_chat() {
        FakeUser user = bot.newUser();
        int contact = user.sendContact("+15550001234");
        assertThat(user.reply().plainText()).contains("removed");
        assertThat(telegram.calls("deleteMessage"))
                .as("the shared contact deleted")
                .anyMatch(call -> call.params().toString().contains(String.valueOf(contact)));
    }

    @Test
    void edited_messages_get_an_explanation() {
        FakeUser user = bot.newUser();
        user.send("/help");
        user.reply();
        user.editLastMessage("/help please");
        user.messageContaining("edited message");
    }

    // ---- hostile input

    @Test
    void media_of_every_kind() {
        FakeUser user = bot.newUser();
        user.sendPhoto();
        assertThat(user.reply().plainText()).contains("only text");
        user.sendVoice();
        assertThat(user.reply().plainText()).contains("only text");
        user.sendDocument("leak.pdf");
        assertThat(user.reply().plainText()).contains("only text");
        user.sendSticker();
        assertThat(user.reply().plainText()).contains("only text");
        int location = user.sendLocation(41.3, 69.2);
        assertThat(user.reply().plainText()).contains("removed");
        int contact = user.sendContact("+998901234567");
        assertThat(user.reply().plainText()).contains("removed");
        assertThat(telegram.calls("deleteMessage").stream()
                        .filter(call -> call.params().path("chat_id").asLong() == user.id())
                        .map(call -> call.params().path("message_id").asInt())
                        .toList())
                .as("contact and location deleted")
                .containsAll(List.of(location, contact));
        assertThat(bot.moderatorsChat().messages()).noneMatch(m -> m.plainText().contains("998901234567"));
    }

    @Test
    void edited_messages_and_unknown_commands() {
        FakeUser user = bot.newUser();
        user.send("/");
        assertThat(user.reply().plainText()).contains("/help");
        user.send("/" + "a".repeat(200) + "@" + telegram.botUsername() + " args");
        assertThat(user.reply().plainText()).contains("/help");
        user.send("/help@some_other_bot");
        user.send("/privacy");
        assertThat(user.reply().plainText()).contains("What Civic Relay keeps");
        user.editLastMessage("/privacy again");
        user.messageContaining("edited message");
    }

    @Test
    void strangers_groups_channels_and_inline_queries_get_silence() {
        FakeUser stranger = bot.newUser();
        FakeGroup group = telegram.group(-1005550000999L, "supergroup").withMember(stranger);
        group.memberSends(stranger, "/start");
        group.memberSends(stranger, "/suggest@" + telegram.botUsername());
        telegram.channelPost(-1005550000777L, "/start");
        telegram.inlineQuery(stranger, "anything");
        FakeGroup added = telegram.group(-1005550000888L, "group");
        added.addBot(stranger);
        assertThat(added.botIsMember())
                .as("the bot left the group it was added to")
                .isFalse();
        assertThat(group.botIsMember())
                .as("the bot left a group it found itself in")
                .isFalse();
        assertThat(telegram.confirmedUpdateId()).as("every update confirmed").isEqualTo(telegram.lastUpdateId());
        assertThat(group.messages()).isEmpty();
        assertThat(added.messages()).isEmpty();
        assertThat(telegram.messagesTo(-1005550000777L)).isEmpty();
        assertThat(telegram.callCount("answerInlineQuery")).isZero();
    }

    @Test
    void added_to_a_strangers_group_the_bot_leaves_without_a_word() {
        FakeUser someone = bot.newUser();
        FakeGroup strangers = telegram.group(-1009999000001L, "supergroup").withMember(someone);
        strangers.addBot(someone);
        assertThat(strangers.botIsMember()).as("the bot left the group").isFalse();
        strangers.memberSends(someone, "/queue");
        assertThat(telegram.allBotMessagesIn(strangers.id())).isEmpty();
        FakeGroup plain = telegram.group(-4000000001L, "group").withMember(someone);
        plain.addBot(someone);
        assertThat(plain.botIsMember()).as("the bot left the basic group").isFalse();
        assertThat(telegram.allBotMessagesIn(plain.id())).isEmpty();
    }
}
