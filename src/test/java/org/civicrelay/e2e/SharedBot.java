package org.civicrelay.e2e;

import org.civicrelay.fakebotapi.FakeTelegram;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fake and one bot for a whole test class, registered with {@code @RegisterExtension}: after each test the
 * bot's use of the Bot API is checked ({@link BotChecks#assertBotApiUsedCorrectly}); after the class both are
 * stopped and the bot's log is checked for anything it was told ({@link BotChecks#stop}).
 */
final class SharedBot implements AfterEachCallback, AfterAllCallback {

    private FakeTelegram telegram;
    private BotProcess bot;

    /** The class's fake, stopped after the class even if its bot never started. */
    FakeTelegram fake(FakeTelegram started) {
        this.telegram = started;
        return started;
    }

    /** The class's bot, running against {@link #fake}. */
    BotProcess bot(BotProcess started) {
        this.bot = started;
        return started;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (bot != null) {
            BotChecks.assertBotApiUsedCorrectly(telegram, bot);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        BotChecks.stop(bot, telegram);
    }
}
