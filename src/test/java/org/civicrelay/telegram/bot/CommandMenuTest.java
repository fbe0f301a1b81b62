package org.civicrelay.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.fakebotapi.MenuCommand;
import org.civicrelay.telegram.InProcessBot;
import org.civicrelay.telegram.InProcessBotTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "/" menu, as the bot publishes it once connected, and the help that goes with it. */
@InProcessBotTest
class CommandMenuTest {

    @Autowired
    InProcessBot bot;

    FakeTelegram telegram;

    @BeforeEach
    void fake() {
        telegram = bot.telegram();
    }

    @Test
    void the_command_menu_is_published_for_private_chats_in_both_languages() {
        assertThat(telegram.myCommands("all_private_chats", "ru"))
                .as("the Russian menu")
                .isNotEmpty();
        assertThat(telegram.myCommands("all_private_chats", null))
                .extracting(c -> c.command())
                .contains("start", "help", "privacy", "suggest", "cancel");
        assertThat(telegram.myCommands("all_private_chats", "ru"))
                .extracting(c -> c.description())
                .anyMatch(d -> d.matches(".*[а-яА-Я].*"));
    }

    @Test
    void the_moderators_menu_is_published_for_their_chat_in_both_languages() {
        long chat = InProcessBot.MODERATORS_CHAT;
        assertThat(telegram.myCommands("chat:" + chat, "ru"))
                .as("the moderators' menu")
                .isNotEmpty();
        assertThat(telegram.myCommands("chat:" + chat, null))
                .extracting(MenuCommand::command)
                .contains("queue", "reply", "stats")
                .doesNotContain("suggest");
        assertThat(telegram.myCommands("chat:" + chat, "ru"))
                .extracting(MenuCommand::description)
                .anyMatch(d -> d.matches(".*[а-яА-Я].*"));
        assertThat(telegram.myCommands("all_private_chats", null))
                .extracting(MenuCommand::command)
                .doesNotContain("queue", "reply", "stats");
    }

    @Test
    void the_command_menu_and_help_name_the_new_commands_in_both_languages() {
        assertThat(telegram.myCommands("all_private_chats", "ru"))
                .as("the Russian menu")
                .isNotEmpty();
        assertThat(telegram.myCommands("all_private_chats", null))
                .extracting(c -> c.command())
                .containsSubsequence("suggest", "recommendations", "subscriptions", "subscribe", "unsubscribe")
                .doesNotContain("setstatus");
        FakeUser user = bot.newUser();
        user.send("/start");
        user.reply();
        user.send("/help");
        assertThat(user.reply().plainText()).contains("/recommendations", "/subscribe R7", "/subscriptions");
        user.send("/privacy");
        assertThat(user.reply().plainText()).contains("Recommendations you follow:", "until you stop following it");
        FakeUser russian = bot.newUser().languageCode("ru");
        russian.send("/help");
        assertThat(russian.reply().plainText()).contains("/recommendations", "подпис");
    }
}
