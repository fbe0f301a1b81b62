package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A card does not tell when its author pressed Send: with BOT_CARD_DELAY=3s each card appears in the
 * moderators' chat at a random moment up to 3 seconds after the press. Eight authors, one after another.
 * Statistics, not luck: for eight delays drawn uniformly from 0 to 3 s, all falling within half a second of
 * each other has a probability of about 2.4e-5 (8 (1/6)^7 - 7 (1/6)^8), and the machine's own latency only
 * spreads them further; the upper bound allows 5 s for polling, pacing and a busy machine.
 */
@EndToEnd
class CardDelayE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long MODERATORS_CHAT = -1004440000003L;
    static final Duration DELAY = Duration.ofSeconds(3);
    static final Duration SLACK = Duration.ofSeconds(5);
    static final int AUTHORS = 8;

    @TempDir
    Path folder;

    FakeTelegram telegram;
    FakeGroup moderators;
    BotProcess bot;

    @BeforeEach
    void start() {
        telegram = FakeTelegram.start("700013:CARD-DELAY-token");
        moderators = telegram.group(MODERATORS_CHAT, "supergroup");
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("BOT_CARD_DELAY", DELAY.toSeconds() + "s")
                .startAndAwaitPolling(telegram);
    }

    @AfterEach
    void stop() {
        BotChecks.stop(bot, telegram);
    }

    @Test
    void each_card_leaves_at_a_random_moment_within_the_delay_after_its_author_pressed_send() {
        List<Instant> pressed = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            FakeUser author = telegram.user(746_000_000L + i);
            author.send("/suggest");
            author.press(author.awaitMessageContaining("Which working group", WAIT), "suggest:media");
            author.awaitMessageContaining("Write your suggestion", WAIT);
            author.send("Timing suggestion number " + i + ", marker Kc" + i + "q.");
            BotMessage review = author.awaitMessageContaining("Please check", WAIT);
            pressed.add(Instant.now());
            author.press(review, "review:anon");
            author.awaitMessage(
                    m -> m.messageId() == review.messageId() && m.plainText().contains("Reference"), WAIT);
        }

        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            BotMessage card = moderators.awaitMessageContaining(
                    "marker Kc" + i + "q.", DELAY.plus(SLACK).plus(WAIT));
            delays.add(Duration.between(pressed.get(i), card.sentAt()));
        }

        assertThat(delays)
                .as("from the press of Send to the card, for each author")
                .allSatisfy(delay -> assertThat(delay).isLessThanOrEqualTo(DELAY.plus(SLACK)));
        Duration spread = delays.stream()
                .max(Duration::compareTo)
                .orElseThrow()
                .minus(delays.stream().min(Duration::compareTo).orElseThrow());
        assertThat(spread)
                .as("the delays %s are random, not one fixed latency", delays)
                .isGreaterThanOrEqualTo(Duration.ofMillis(500));
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
    }
}
