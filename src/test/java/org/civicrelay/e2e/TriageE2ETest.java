package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.CallbackPress;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A triage decision from the moderators' chat (privacy mode on, as BotFather sets it) reaching the author,
 * against the real bot process: two moderators pressing at once, in one batch of updates. The rest of triage
 * is tested in-process ({@code telegram.triage.TriageFlowTest}). The bot keeps to 20 messages a minute in a
 * group, so waits on the group are generous.
 */
@EndToEnd
class TriageE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final Duration GROUP_WAIT = Duration.ofSeconds(90);
    static final long MODERATORS_CHAT = -1001234567001L;

    @TempDir
    static Path folder;

    static FakeTelegram telegram;
    static BotProcess bot;
    static FakeGroup moderators;
    static FakeUser anna;
    static FakeUser boris;
    static long nextUser = 740_000_001L;

    @RegisterExtension
    static final SharedBot shared = new SharedBot();

    @BeforeAll
    static void startBot() {
        telegram = shared.fake(FakeTelegram.start("700002:E2E-token"));
        telegram.pressButtonsByLabelOnly();
        anna = telegram.user(730_000_011L);
        boris = telegram.user(730_000_012L);
        moderators =
                telegram.group(MODERATORS_CHAT, "supergroup").withMember(anna).withMember(boris);
        bot = shared.bot(BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("BOT_MODERATORS", anna.id() + "," + boris.id())
                .startAndAwaitPolling(telegram));
    }

    static FakeUser newActivist() {
        return telegram.user(nextUser++);
    }

    static BotMessage cardOf(String ref) {
        return moderators.awaitMessage(m -> m.plainText().contains("New suggestion " + ref), GROUP_WAIT);
    }

    static CallbackPress answered(String callbackId) {
        telegram.await(() -> telegram.callback(callbackId).answered(), GROUP_WAIT, "the press to be answered");
        return telegram.callback(callbackId);
    }

    @Test
    void two_moderators_pressing_at_once_give_exactly_one_outcome_and_the_author_hears_the_reason() {
        FakeUser author = newActivist();
        String ref = Activists.submit(
                author,
                "Barriers to civil-society participation at the OSCE",
                "Remote participation for all meetings.",
                Activists.REACHABLE,
                WAIT);
        BotMessage card = cardOf(ref);
        moderators.memberPresses(anna, card, "\u274C Decline");
        BotMessage reasons = moderators.awaitEdit(card, GROUP_WAIT);
        assertThat(reasons.plainText()).contains("which reason");

        String first = moderators.memberPresses(anna, reasons, "A very similar suggestion was already m\u2026");
        // Boris picks another reason at the same moment, on the keyboard as he saw it: by its data, since
        // Anna's press may already have replaced that keyboard.
        String second = moderators.memberPressesData(boris, reasons, "tri:d:unclear");
        CallbackPress annas = answered(first);
        CallbackPress boriss = answered(second);

        assertThat(annas.showAlert()).isFalse();
        assertThat(boriss.showAlert()).isTrue();
        assertThat(boriss.answerText()).contains("Already handled", "declined");
        BotMessage declined = moderators.awaitEdit(reasons, GROUP_WAIT);
        assertThat(declined.plainText())
                .contains("Declined by moderator 1", "similar suggestion")
                .doesNotContain("not clear enough")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
        assertThat(declined.allButtons()).extracting(b -> b.callbackData()).containsExactly("tri:u");

        BotMessage told = author.awaitMessageContaining("was not accepted", GROUP_WAIT);
        assertThat(told.plainText()).contains(ref, "A very similar suggestion was already made");
        assertThat(told.protectContent()).isTrue();
        moderators.memberSends(anna, "/stats");
        moderators.awaitNewMessage(m -> m.plainText().contains("Statistics"), GROUP_WAIT);
        assertThat(telegram.deliveredTextsTo(author.chatId()))
                .filteredOn(text -> text.contains("was not accepted"))
                .hasSize(1);
        Activists.assertNoIdentityOf(telegram, author.chatId(), anna, boris);
        Activists.assertNoIdentityOf(telegram, MODERATORS_CHAT, author);
    }
}
