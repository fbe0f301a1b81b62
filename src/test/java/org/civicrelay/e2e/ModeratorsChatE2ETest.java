package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderators' group through what Telegram does to groups: an upgrade to a supergroup (announced by
 * service messages, or only by a 400 naming the new id), the bot removed and added back, a wrong id at
 * start-up. Cards are never lost, the bot never leaves its own moderators, and the log says what to do.
 */
@EndToEnd
class ModeratorsChatE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final Duration GROUP_WAIT = Duration.ofSeconds(60);
    static final long BASIC_GROUP = -4_012_345_678L;

    @TempDir
    Path folder;

    FakeTelegram telegram;
    BotProcess bot;
    FakeGroup moderators;
    FakeUser anna;
    long nextUser = 760_000_001L;

    @BeforeEach
    void fakeTelegram() {
        telegram = FakeTelegram.start("700005:MODCHAT-token");
        anna = telegram.user(760_000_000L);
        moderators = telegram.group(BASIC_GROUP, "group").withMember(anna);
    }

    @AfterEach
    void stop() {
        BotChecks.stop(bot, telegram);
    }

    private BotProcess bot() {
        return BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(BASIC_GROUP))
                .set("BOT_MODERATORS", String.valueOf(anna.id()));
    }

    private String submit() {
        return Activists.submit(
                telegram.user(nextUser++),
                "Free media and countering disinformation",
                "Community radio licences, please.",
                Activists.ANONYMOUS,
                WAIT);
    }

    @Test
    void an_upgrade_to_a_supergroup_is_followed_and_the_bot_stays() {
        bot = bot().startAndAwaitPolling(telegram);
        String before = submit();
        moderators.awaitMessageContaining(before, GROUP_WAIT);

        FakeGroup supergroup = moderators.upgradeToSupergroup(anna);
        String after = submit();

        BotMessage card = supergroup.awaitMessageContaining(after, GROUP_WAIT);
        assertThat(card.buttons()).isNotEmpty();
        supergroup.memberSends(anna, "/queue@" + telegram.botUsername());
        supergroup.awaitMessageContaining("Waiting for a decision", GROUP_WAIT);
        assertThat(telegram.calls("leaveChat"))
                .as("the bot never leaves its own moderators")
                .isEmpty();
        assertThat(supergroup.botIsMember()).isTrue();
        assertThat(bot.output().lines().filter(line -> line.contains("Set BOT_MODERATOR_CHAT_ID=" + supergroup.id())))
                .as("said once")
                .hasSize(1);
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
    }

    @Test
    void cards_queued_for_an_upgraded_group_follow_the_400_and_the_move_is_remembered() {
        bot = bot().startAndAwaitPolling(telegram);
        bot.kill();
        // Upgraded while the bot was down, and the service messages never reach it.
        FakeGroup supergroup = moderators.upgradeToSupergroup(anna);
        telegram.dropPendingUpdates();
        bot = bot().startAndAwaitPolling(telegram);

        String first = submit();
        supergroup.awaitMessageContaining(first, GROUP_WAIT);
        bot.terminate(Duration.ofSeconds(10));
        bot = bot().startAndAwaitPolling(telegram);
        String second = submit();

        supergroup.awaitMessageContaining(second, GROUP_WAIT);
        assertThat(telegram.calls("leaveChat")).isEmpty();
        assertThat(bot.output()).contains("Set BOT_MODERATOR_CHAT_ID=" + supergroup.id());
    }

    @Test
    void while_the_bot_is_out_of_the_moderators_chat_cards_wait_and_the_log_says_why() {
        bot = bot().startAndAwaitPolling(telegram);
        moderators.removeBot(anna);
        awaitLog("ERROR", "The bot was removed from the moderators' chat");

        String ref = submit();
        telegram.await(
                () -> bot.count("SELECT count(*) FROM outbox WHERE group_chat = 1") >= 1,
                WAIT,
                "the card to wait in the queue");
        assertThat(telegram.deliveredTextsTo(BASIC_GROUP)).noneMatch(text -> text.contains(ref));

        moderators.addBotBack();
        moderators.awaitMessageContaining(ref, GROUP_WAIT);
        awaitLog("INFO", "The moderators' chat accepts the bot's messages again");
    }

    @Test
    void a_basic_group_that_forbids_posting_keeps_cards_waiting_until_it_allows_it_again() {
        bot = bot().startAndAwaitPolling(telegram);
        moderators.restrictBot();

        String ref = submit();
        awaitLog("ERROR", "may not post there");
        assertThat(bot.count("SELECT count(*) FROM outbox WHERE group_chat = 1"))
                .isGreaterThanOrEqualTo(1);

        // Telegram does not tell the bot that a basic group's permissions changed: the bot tries again now and then.
        moderators.allowBotToPost();
        moderators.awaitMessageContaining(ref, Duration.ofSeconds(90));
    }

    @Test
    void a_supergroup_that_restricts_the_bot_keeps_cards_waiting_until_the_restriction_is_lifted() {
        FakeGroup supergroup = telegram.group(-1_004_055_555_555L, "supergroup").withMember(anna);
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(supergroup.id()))
                .set("BOT_MODERATORS", String.valueOf(anna.id()))
                .startAndAwaitPolling(telegram);
        supergroup.restrictBot();
        awaitLog("ERROR", "may no longer send messages there");

        String ref = submit();
        telegram.await(
                () -> bot.count("SELECT count(*) FROM outbox WHERE group_chat = 1") >= 1,
                WAIT,
                "the card to wait in the queue");
        supergroup.allowBotToPost();

        supergroup.awaitMessageContaining(ref, GROUP_WAIT);
    }

    @Test
    void at_start_up_the_log_says_clearly_that_the_bot_is_not_in_the_moderators_chat() {
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", "-4099999999")
                .set("BOT_MODERATORS", String.valueOf(anna.id()))
                .startAndAwaitPolling(telegram);

        awaitLog(
                "ERROR",
                "Invalid setting BOT_MODERATOR_CHAT_ID (bot.moderator-chat-id): Telegram answers \"chat not found\"");
        assertThat(bot.isAlive())
                .as("a wrong chat does not stop the bot: activists are still served")
                .isTrue();
    }

    @Test
    void at_start_up_a_moderators_chat_that_was_upgraded_meanwhile_is_followed() {
        FakeGroup supergroup = moderators.upgradeToSupergroup(anna);
        telegram.dropPendingUpdates();

        bot = bot().startAndAwaitPolling(telegram);

        awaitLog("WARN", "Set BOT_MODERATOR_CHAT_ID=" + supergroup.id());
        awaitLog("INFO", "Moderators' chat checked: the bot is a member and may post there");
    }

    private void awaitLog(String level, String text) {
        telegram.await(
                () -> bot.output().lines().anyMatch(line -> line.contains(level) && line.contains(text)),
                WAIT,
                "the log to say " + level + " " + text);
    }
}
