package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A suggestion from /start to the card in the moderators' chat, against the real bot process and a fake Bot
 * API: the smoke test of the whole path (polling, handling, the paced sender). The conversation's details are
 * tested in-process ({@code telegram.suggest.SuggestFlowTest} and the other feature tests).
 */
@EndToEnd
class SuggestionFlowE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long MODERATORS_CHAT = -1001234567890L;
    static final Pattern REFERENCE = Pattern.compile("S-[A-Z0-9]{4,10}");

    @TempDir
    static Path folder;

    static FakeTelegram telegram;
    static BotProcess bot;
    static FakeGroup moderators;
    static long nextUser = 720_000_001L;

    @RegisterExtension
    static final SharedBot shared = new SharedBot();

    @BeforeAll
    static void startBot() {
        telegram = shared.fake(FakeTelegram.start("700001:E2E-token"));
        moderators = telegram.group(MODERATORS_CHAT, "supergroup");
        bot = shared.bot(BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("BOT_MODERATORS", "730000001,730000002")
                .startAndAwaitPolling(telegram));
    }

    static FakeUser newUser() {
        return telegram.user(nextUser++);
    }

    @Test
    void a_suggestion_goes_from_start_to_a_reference_and_a_card_for_the_moderators() {
        FakeUser user = newUser();
        user.send("/start");
        user.awaitReply(WAIT);
        String text = "Use <b>Signal</b> & \"encrypted\" mail > plain mail; it's <safer>";
        String reference = submit(user, "Free media and countering disinformation", text, Activists.ANONYMOUS);

        BotMessage card = moderators.awaitMessage(m -> m.plainText().contains(reference), WAIT);
        assertThat(card.plainText())
                .contains(text)
                .contains("Free media and countering disinformation")
                .contains(LocalDate.now(ZoneOffset.UTC).toString())
                .contains("only for /check");
        assertThat(card.text())
                .as("the card escapes markup, so it shows as written")
                .contains("&lt;b&gt;Signal");
        assertThat(card.protectContent()).isTrue();
        assertThat(card.plainText()).doesNotContain(String.valueOf(user.id()), user.firstName(), user.username());
    }

    /** Runs /suggest to the end and returns the reference the user was shown. */
    static String submit(FakeUser user, String workingGroupLabel, String text, String reachabilityLabel) {
        user.send("/suggest");
        BotMessage workingGroups = user.awaitReply(WAIT);
        assertThat(workingGroups.buttonLabels()).hasSize(5);
        user.press(workingGroups, workingGroupLabel);
        user.awaitMessageContaining("Write your suggestion", WAIT);
        user.send(text);
        BotMessage review = user.awaitReply(WAIT);
        assertThat(review.plainText()).contains(text);
        user.press(review, reachabilityLabel);
        BotMessage stored = user.awaitMessage(
                m -> m.messageId() == review.messageId() && m.plainText().contains("Reference"), WAIT);
        Matcher matcher = REFERENCE.matcher(stored.plainText());
        assertThat(matcher.find()).as("a reference in: %s", stored.plainText()).isTrue();
        return matcher.group();
    }
}
