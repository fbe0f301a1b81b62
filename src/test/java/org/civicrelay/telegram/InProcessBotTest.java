package org.civicrelay.telegram;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.civicrelay.CivicRelayApplication;
import org.civicrelay.config.TestSettings;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the bot's handlers in the test's own JVM and thread: the real Spring context (every bean, a
 * real SQLite file in a temporary folder) with nothing started, driven by {@link InProcessBot} against an
 * in-process fake Telegram. Every class with this annotation shares one context, started once per test run
 * (a few seconds); each test then gets a fresh fake and an empty database (the catalogue reloaded), and is
 * checked afterwards as the end-to-end tests are: every press answered, no call the real server would reject,
 * nothing forwarded, no ERROR logged, and nothing the people said or are in the bot's log.
 *
 * <pre>{@code
 * @InProcessBotTest
 * class SomethingTest {
 *     @Autowired InProcessBot bot;
 *
 *     @Test
 *     void help_lists_the_commands() {
 *         FakeUser user = bot.newUser();
 *         user.send("/help");
 *         assertThat(user.reply().plainText()).contains("/suggest");
 *     }
 * }
 * }</pre>
 *
 * Settings: moderators {@link InProcessBot#FIRST_MODERATOR} and {@link InProcessBot#SECOND_MODERATOR}, the
 * moderators' chat {@link InProcessBot#MODERATORS_CHAT}, and the rest as in bot-config.yml (the catalogue
 * included). A test that needs other settings, pacing, restarts or the log of a real process is an
 * end-to-end test ({@code org.civicrelay.e2e}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        classes = {CivicRelayApplication.class, InProcessBotConfig.class},
        properties = {
            "bot.token=" + InProcessBot.TOKEN,
            // Never contacted: the client's transport answers from the fake (InProcessTransport).
            "bot.api-url=http://127.0.0.1:9",
            "bot.moderators=" + InProcessBot.FIRST_MODERATOR + "," + InProcessBot.SECOND_MODERATOR,
            "bot.moderator-chat-id=" + InProcessBot.MODERATORS_CHAT,
            "bot.data-key=" + TestSettings.DATA_KEY,
            // Cards reach the moderators at once: the random delay (BOT_CARD_DELAY) has its own end-to-end test.
            "bot.card-delay=0s",
            // Decisions reach authors at once (the harness announces them); Undo has its own end-to-end test.
            "moderation.undo-window=0s",
            "spring.main.keep-alive=false",
            // Said once at start-up in production; here the catalogue is reloaded before every test.
            "logging.level.org.civicrelay.catalogue.CatalogueSync=WARN"
        })
@ContextConfiguration(initializers = InProcessBotConfig.TemporaryDatabase.class)
@ExtendWith(InProcessBotExtension.class)
public @interface InProcessBotTest {}
