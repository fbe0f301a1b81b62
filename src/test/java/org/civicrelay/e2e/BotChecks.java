package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.civicrelay.fakebotapi.FakeTelegram;

/** What every end-to-end test asserts besides its own behaviour, and how every shared bot is stopped. */
final class BotChecks {

    static final Duration WAIT = Duration.ofSeconds(20);

    private BotChecks() {}

    /**
     * The bot used the Bot API as Telegram requires: every press answered, nothing the real server would
     * reject, no method the fake does not know, nothing forwarded (it can reveal the author), still running.
     */
    static void assertBotApiUsedCorrectly(FakeTelegram telegram, BotProcess bot) {
        telegram.await(() -> telegram.unansweredCallbacks().isEmpty(), WAIT, "every button press to be answered");
        assertThat(telegram.rejectedCalls())
                .as("Bot API calls the real server would reject")
                .isEmpty();
        assertThat(telegram.unimplementedCalls()).isEmpty();
        assertThat(telegram.calls("forwardMessage"))
                .as("nothing is ever forwarded")
                .isEmpty();
        assertThat(bot.isAlive()).as("the bot is still running").isTrue();
    }

    /** Stops a class's bot and fake, then checks that the bot's log revealed nothing it was told. */
    static void stop(BotProcess bot, FakeTelegram telegram) {
        if (bot != null) {
            bot.close();
        }
        if (telegram != null) {
            telegram.close();
        }
        if (bot != null && telegram != null) {
            LogPrivacy.assertRevealsNothing(bot, telegram);
        }
    }
}
