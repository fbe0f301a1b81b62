package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.fakebotapi.MenuCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The anonymous relay between moderators and authors, the moderators' commands in their chat and in
 * private, and the bot's silence in other groups, against the real bot process (privacy mode on).
 */
class RelayE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final Duration GROUP_WAIT = Duration.ofSeconds(90);
    static final long MODERATORS_CHAT = -1001234567002L;

    @TempDir
    static Path folder;
    static FakeTelegram telegram;
    static BotProcess bot;
    static FakeGroup moderators;
    static FakeUser vera;
    static FakeUser outsider;
    static long nextUser = 750_000_001L;

    @BeforeAll
    static void startBot() {
        telegram = FakeTelegram.start("700003:E2E-token");
        vera = telegram.user(730_000_021L).firstName("Vera").lastName("Moderatova").username("vera_mod");
        outsider = telegram.user(730_000_098L);
        moderators = telegram.group(MODERATORS_CHAT, "supergroup").withMember(vera).withMember(outsider);
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("BOT_MODERATORS", String.valueOf(vera.id()))
                .startAndAwaitPolling(telegram);
    }

    @AfterAll
    static void stopBot() {
        BotChecks.stop(bot, telegram);
    }

    @AfterEach
    void botApiWasUsedCorrectly() {
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
        assertThat(telegram.calls("copyMessage")).as("text is copied as new text, never as a message").isEmpty();
    }

    static FakeUser newActivist() {
        return telegram.user(nextUser++).firstName("Anonyma").lastName("Activistka").username("secret_activist_" + nextUser);
    }

    @Test
    void reply_and_the_authors_answer_cross_without_identities() {
        FakeUser author = newActivist();
        String ref = Activists.submit(author, "suggest:media", "Fund local fact-checkers.", "reach:yes", WAIT);
        BotMessage card = moderators.awaitMessage(m -> m.plainText().contains("New suggestion " + ref), GROUP_WAIT);

        moderators.memberSends(vera, "/reply " + ref.toLowerCase() + " Which region are you in? <not a tag> & more");
        assertThat(moderators.awaitNewMessage(m -> true, GROUP_WAIT).plainText()).contains("Sent to the author of " + ref);
        BotMessage fromModerators = author.awaitMessageContaining("The moderators, about your suggestion " + ref, GROUP_WAIT);
        assertThat(fromModerators.plainText()).contains("Which region are you in? <not a tag> & more");
        assertThat(fromModerators.protectContent()).isTrue();

        author.replyTo(fromModerators, "The north. Write to <me> & my friends.");
        assertThat(author.awaitReply(WAIT).plainText()).contains("Sent to the moderators");
        BotMessage answer = moderators.awaitMessage(m -> m.plainText().contains("The author of " + ref + " answers"), GROUP_WAIT);
        assertThat(answer.plainText()).contains("The north. Write to <me> & my friends.");
        assertThat(answer.replyToMessageId()).as("under the card").isEqualTo(card.messageId());

        moderators.memberRepliesTo(vera, answer, "Thank you, noted.");
        BotMessage note = moderators.awaitNewMessage(m -> true, GROUP_WAIT);
        assertThat(note.plainText()).as("a reply is a note until sent").contains("Internal note on " + ref);
        moderators.memberPresses(vera, note, "\u2709\uFE0F Send this to the author");
        assertThat(moderators.awaitEdit(note, GROUP_WAIT).plainText()).contains("sent to the author of " + ref);
        BotMessage second = author.awaitMessage(m -> m.plainText().contains("Thank you, noted."), GROUP_WAIT);
        author.replyTo(second, "One more thing.");
        moderators.awaitMessage(m -> m.plainText().contains("One more thing."), GROUP_WAIT);

        Activists.assertNoIdentityOf(telegram, author.chatId(), vera);
        Activists.assertNoIdentityOf(telegram, MODERATORS_CHAT, author);
    }

    @Test
    void reply_in_private_works_and_unknown_or_malformed_references_are_explained() {
        FakeUser author = newActivist();
        String ref = Activists.submit(author, "suggest:grassroots", "Legal aid hotline.", "reach:yes", WAIT);
        vera.send("/start");
        vera.awaitReply(WAIT);
        vera.send("/reply " + ref + " Thanks, from the private chat.");
        assertThat(vera.awaitReply(WAIT).plainText()).contains("Sent to the author of " + ref);
        author.awaitMessageContaining("Thanks, from the private chat.", GROUP_WAIT);

        vera.send("/reply S-ZZZZZ hello");
        assertThat(vera.awaitReply(WAIT).plainText()).contains("no suggestion S-ZZZZZ");
        vera.send("/reply");
        assertThat(vera.awaitReply(WAIT).plainText()).contains("/reply S-XXXXX");
        Activists.assertNoIdentityOf(telegram, author.chatId(), vera);
    }

    @Test
    void outsiders_cannot_use_the_moderators_commands_anywhere() {
        outsider.send("/reply S-ABCDE hello");
        assertThat(outsider.awaitReply(WAIT).plainText()).contains("only the moderators");
        outsider.send("/stats");
        assertThat(outsider.awaitReply(WAIT).plainText()).contains("only the moderators");
        int before = moderators.messages().size();
        moderators.memberSends(outsider, "/reply@" + telegram.botUsername() + " S-ABCDE hello");
        moderators.memberSends(outsider, "/queue");
        telegram.awaitUpdatesConfirmed(WAIT);
        outsider.send("/stats");
        outsider.awaitReply(WAIT); // handled after the group's messages: their answers would be queued by now
        assertThat(moderators.messages()).as("silence in the moderators' chat, not a posted refusal").hasSize(before);
    }

    @Test
    void queue_and_stats_work_in_the_moderators_chat_also_by_name_and_in_private() {
        String older = Activists.submit(newActivist(), "suggest:polmil", "Older suggestion about <arms>.", "reach:no", WAIT);
        String newer = Activists.submit(newActivist(), "suggest:polmil", "Newer suggestion.", "reach:yes", WAIT);

        moderators.memberSends(vera, "/queue@" + telegram.botUsername());
        BotMessage queue = moderators.awaitNewMessage(m -> m.plainText().contains("Waiting for a decision"), GROUP_WAIT);
        assertThat(queue.plainText()).contains(older, newer, "Older suggestion about <arms>.");
        assertThat(queue.plainText().indexOf(older)).as("oldest first").isLessThan(queue.plainText().indexOf(newer));
        assertThat(queue.plainText().length()).isLessThanOrEqualTo(4096);

        moderators.memberSends(vera, "/stats");
        BotMessage stats = moderators.awaitNewMessage(m -> m.plainText().contains("Statistics"), GROUP_WAIT);
        assertThat(stats.plainText()).contains("waiting: ", "Civil society in politico-military work: ")
                .doesNotContain("Older suggestion", older)
                .contains("Followers by recommendation");

        vera.send("/queue");
        assertThat(vera.awaitReply(WAIT).plainText()).contains("Waiting for a decision", older);
        vera.send("/stats@" + telegram.botUsername());
        assertThat(vera.awaitReply(WAIT).plainText()).contains("Suggestions by state");
    }

    @Test
    void the_queue_is_paged_with_buttons() {
        for (int i = 0; i < 6; i++) {
            Activists.submit(newActivist(), "suggest:media", "Paging suggestion number " + i, "reach:no", WAIT);
        }
        vera.send("/queue");
        BotMessage first = vera.awaitReply(WAIT);
        assertThat(first.plainText()).contains("page 1 of");
        vera.press(first, "queue:2");
        BotMessage second = vera.awaitEdit(first, WAIT);
        assertThat(second.plainText()).contains("page 2 of");
        assertThat(second.button("queue:1")).isPresent();
    }

    @Test
    void the_moderators_menu_is_published_for_their_chat_in_both_languages() {
        telegram.await(() -> !telegram.myCommands("chat:" + MODERATORS_CHAT, "ru").isEmpty(), WAIT, "the moderators' menu");
        assertThat(telegram.myCommands("chat:" + MODERATORS_CHAT, null)).extracting(MenuCommand::command)
                .contains("queue", "reply", "stats").doesNotContain("suggest");
        assertThat(telegram.myCommands("chat:" + MODERATORS_CHAT, "ru")).extracting(MenuCommand::description)
                .anyMatch(d -> d.matches(".*[а-яА-Я].*"));
        assertThat(telegram.myCommands("all_private_chats", null)).extracting(MenuCommand::command)
                .doesNotContain("queue", "reply", "stats");
    }

    @Test
    void added_to_a_strangers_group_the_bot_leaves_without_a_word() {
        FakeUser someone = telegram.user(760_000_001L);
        FakeGroup strangers = telegram.group(-1009999000001L, "supergroup").withMember(someone);
        strangers.addBot(someone);
        telegram.await(() -> !strangers.botIsMember(), WAIT, "the bot to leave the group");
        strangers.memberSends(someone, "/queue");
        assertThat(telegram.allBotMessagesIn(strangers.id())).isEmpty();
        FakeGroup plain = telegram.group(-4000000001L, "group").withMember(someone);
        plain.addBot(someone);
        telegram.await(() -> !plain.botIsMember(), WAIT, "the bot to leave the basic group");
        assertThat(telegram.allBotMessagesIn(plain.id())).isEmpty();
    }
}
