package org.civicrelay.telegram;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Gives each {@link InProcessBotTest} a fresh fake and database, and checks the bot's conduct afterwards. */
final class InProcessBotExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        bot(context).begin();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        bot(context).end();
    }

    private static InProcessBot bot(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(InProcessBot.class);
    }
}
