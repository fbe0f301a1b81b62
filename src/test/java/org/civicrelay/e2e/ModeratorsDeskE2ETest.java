package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.Button;
import org.civicrelay.fakebotapi.CallbackPress;
import org.civicrelay.fakebotapi.FakeChannel;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.fakebotapi.SentDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderators' desk against the real bot process (privacy mode on): notes instead of replies, undo,
 * /reopen and /unblock, the guided /setstatus, /queue's card buttons, the daily digest, /export and the public
 * progress board. The bot keeps to 20 messages a minute in a group, so waits on the group are generous.
 */
@EndToEnd
class ModeratorsDeskE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final Duration GROUP_WAIT = Duration.ofSeconds(90);
    static final Duration UNDO_WINDOW = Duration.ofSeconds(25);
    static final long MODERATORS_CHAT = -1001234567013L;
    static final long PUBLIC_CHANNEL = -1009876543013L;
    static final String SEND_NOTE = "\u2709\uFE0F Send this to the author";
    static final String NOTICE = "New status: In progress";

    @TempDir
    static Path folder;

    static FakeTelegram telegram;
    static BotProcess bot;
    static FakeGroup moderators;
    static FakeChannel channel;
    static FakeUser anna;
    static FakeUser boris;
    static String standing;
    static long nextUser = 790_000_001L;

    @RegisterExtension
    static final SharedBot shared = new SharedBot();

    @BeforeAll
    static void startBot() {
        telegram = shared.fake(FakeTelegram.start("700013:DESK-token"));
        anna = telegram.user(730_000_131L)
                .firstName("Anna")
                .lastName("Moderova")
                .username("anna_mod");
        boris = telegram.user(730_000_132L)
                .firstName("Boris")
                .lastName("Moderov")
                .username("boris_mod");
        moderators =
                telegram.group(MODERATORS_CHAT, "supergroup").withMember(anna).withMember(boris);
        channel = telegram.channel(PUBLIC_CHANNEL, "Workshop progress");
        String digestAt = LocalTime.now(ZoneOffset.UTC).plusSeconds(60).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        bot = shared.bot(BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("BOT_MODERATORS", anna.id() + "," + boris.id())
                .set("BOT_PUBLIC_CHANNEL_ID", String.valueOf(PUBLIC_CHANNEL))
                .set("MODERATION_UNDOWINDOW", UNDO_WINDOW.toSeconds() + "s")
                .set("MODERATION_DIGESTAT", digestAt)
                .startAndAwaitPolling(telegram));
        // One suggestion nobody decides: something always waits, for the digest.
        standing = Activists.submit(
                newActivist(), "suggest:polmil", "A suggestion that waits.", Activists.ANONYMOUS, WAIT);
    }

    @AfterEach
    void nothingCopied() {
        assertThat(telegram.calls("copyMessage"))
                .as("text is copied as new text, never as a message")
                .isEmpty();
    }

    static FakeUser newActivist() {
        long id = nextUser++;
        return telegram.user(id)
                .firstName("Aktivistka" + id)
                .lastName("Secretova")
                .username("secret_" + id);
    }

    static BotMessage cardOf(String ref) {
        return moderators.awaitMessage(
                m -> String.valueOf(m.plainText()).contains("New suggestion " + ref), GROUP_WAIT);
    }

    static CallbackPress answered(String callbackId) {
        telegram.await(() -> telegram.callback(callbackId).answered(), GROUP_WAIT, "the press to be answered");
        return telegram.callback(callbackId);
    }

    static int audited(String action, String subject) {
        return bot.count(
                "SELECT count(*) FROM audit_entry WHERE action = '" + action + "' AND subject LIKE '" + subject + "%'");
    }

    // ---- safe discussion

    @Test
    void a_moderators_reply_to_a_card_is_an_internal_note_and_reaches_the_author_only_when_sent_explicitly() {
        FakeUser author = newActivist();
        String ref =
                Activists.submit(author, "suggest:media", "Licences for community radio.", Activists.REACHABLE, WAIT);
        BotMessage card = cardOf(ref);

        int annasReply = moderators.memberRepliesTo(anna, card, "spam? this sounds like Ivan from Vitebsk");
        BotMessage first = moderators.awaitNewMessage(
                m -> String.valueOf(m.plainText()).contains("Internal note on " + ref), GROUP_WAIT);
        assertThat(first.replyToMessageId())
                .as("under the moderator's own reply")
                .isEqualTo(annasReply);
        assertThat(first.plainText()).contains("does not see it").doesNotContain("Ivan");
        assertThat(first.buttonLabels()).containsExactly(SEND_NOTE);

        moderators.memberRepliesTo(boris, card, "Which region are you writing from?");
        BotMessage second = moderators.awaitNewMessage(
                m -> String.valueOf(m.plainText()).contains("Internal note on " + ref), GROUP_WAIT);
        assertThat(telegram.deliveredTextsTo(author.chatId()))
                .as("nothing reached the author yet")
                .noneMatch(text -> text.contains("Ivan") || text.contains("Which region"));

        moderators.memberPresses(boris, second, SEND_NOTE);
        assertThat(moderators.awaitEdit(second, GROUP_WAIT).plainText())
                .contains("sent to the author of " + ref, "moderator 2");
        BotMessage relayed = author.awaitMessageContaining("Which region are you writing from?", GROUP_WAIT);
        assertThat(relayed.protectContent()).isTrue();
        CallbackPress again = answered(moderators.memberPressesData(anna, second, "mnote:s:" + noteId(second)));
        assertThat(again.answerText()).contains("already sent");

        moderators.memberSends(anna, "/note " + ref.toLowerCase() + " checked with the partner network");
        BotMessage noted = moderators.awaitNewMessage(
                m -> String.valueOf(m.plainText()).contains("Internal note on " + ref), GROUP_WAIT);
        assertThat(noted.buttons()).as("/note is never meant for the author").isEmpty();
        moderators.memberSends(anna, "/note " + ref);
        BotMessage list =
                moderators.awaitNewMessage(m -> String.valueOf(m.plainText()).contains("Notes on " + ref), GROUP_WAIT);
        assertThat(list.plainText())
                .contains(
                        "3 in all",
                        "Ivan from Vitebsk",
                        "checked with the partner network",
                        "moderator 2",
                        "sent to the author");

        assertThat(telegram.deliveredTextsTo(author.chatId()))
                .noneMatch(text -> text.contains("Ivan") || text.contains("partner network"));
        assertThat(telegram.deliveredTextsTo(author.chatId()))
                .filteredOn(text -> text.contains("Which region"))
                .hasSize(1);
        assertThat(audited("note", ref)).isEqualTo(3);
        Activists.assertNoIdentityOf(telegram, author.chatId(), anna, boris);
        Activists.assertNoIdentityOf(telegram, MODERATORS_CHAT, author);
    }

    // ---- reversible decisions

    @Test
    void an_undo_within_the_window_tells_the_author_nothing_and_reopen_takes_a_decision_back_later_all_audited() {
        FakeUser author = newActivist();
        String ref = Activists.submit(
                author, "suggest:participation", "Remote participation for all.", Activists.REACHABLE, WAIT);
        BotMessage card = cardOf(ref);
        moderators.memberPresses(anna, card, "tri:d");
        BotMessage reasons = moderators.awaitEdit(card, GROUP_WAIT);
        moderators.memberPresses(anna, reasons, "tri:d:duplicate");
        BotMessage declined = moderators.awaitEdit(reasons, GROUP_WAIT);
        assertThat(declined.plainText()).contains("Declined by moderator 1");
        assertThat(declined.buttonLabels()).singleElement().asString().startsWith("\u21A9\uFE0F Undo (until ");

        CallbackPress undo = answered(moderators.memberPresses(boris, declined, "tri:u"));
        assertThat(undo.answerText()).contains("Nothing reached the author");
        BotMessage restored = moderators.awaitEdit(declined, GROUP_WAIT);
        assertThat(restored.plainText()).contains("New suggestion " + ref).doesNotContain("Declined");
        assertThat(restored.buttonLabels()).contains("\u2705 Accept", "\u274C Decline");

        moderators.memberPresses(anna, restored, "tri:a");
        BotMessage choosing = moderators.awaitEdit(restored, GROUP_WAIT);
        moderators.memberPresses(anna, choosing, "tri:a:R7");
        BotMessage accepted = moderators.awaitEdit(choosing, GROUP_WAIT);
        BotMessage told = author.awaitMessageContaining("was accepted", UNDO_WINDOW.plus(GROUP_WAIT));
        assertThat(told.plainText()).contains(ref, "R7");
        assertThat(telegram.deliveredTextsTo(author.chatId()))
                .as("the undone decline never went out")
                .noneMatch(text -> text.contains("declined"));

        CallbackPress late = answered(moderators.memberPresses(anna, accepted, "tri:u"));
        assertThat(late.showAlert()).isTrue();
        assertThat(late.answerText()).contains("Too late", "/reopen " + ref);
        moderators.memberSends(boris, "/reopen " + ref);
        BotMessage reopened = moderators.awaitNewMessage(
                m -> String.valueOf(m.plainText()).contains("waits for a decision again"), GROUP_WAIT);
        assertThat(reopened.plainText()).contains(ref, "it was: accepted", "had been told");
        BotMessage back = moderators.awaitEdit(accepted, GROUP_WAIT);
        assertThat(back.buttonLabels()).contains("\u2705 Accept", "\u274C Decline");
        moderators.memberSends(boris, "/reopen " + ref);
        assertThat(moderators.awaitNewMessage(m -> true, GROUP_WAIT).plainText())
                .contains("has not been decided");

        assertThat(audited("undo", ref)).isEqualTo(1);
        assertThat(audited("reopen", ref)).isEqualTo(1);
        assertThat(telegram.deliveredTextsTo(author.chatId()))
                .as("the author is not told of the reopening")
                .filteredOn(text -> text.contains(ref))
                .hasSize(2); // the reference when sent, and the acceptance
    }

    @Test
    void unblock_lifts_a_spam_mark_s_block_by_the_reference_alone() {
        FakeUser spammer = newActivist();
        String ref = Activists.submit(spammer, "suggest:media", "BUY CHEAP WATCHES", Activists.REACHABLE, WAIT);
        BotMessage card = cardOf(ref);
        moderators.memberPresses(anna, card, "tri:s");
        BotMessage confirm = moderators.awaitEdit(card, GROUP_WAIT);
        moderators.memberPresses(anna, confirm, "tri:s:yes");
        assertThat(moderators.awaitEdit(confirm, GROUP_WAIT).plainText()).contains("Marked as spam");
        spammer.send("/suggest");
        assertThat(spammer.awaitReply(WAIT).plainText()).contains("cannot send a new suggestion right now");

        moderators.memberSends(boris, "/unblock " + ref.toLowerCase());
        BotMessage lifted =
                moderators.awaitNewMessage(m -> String.valueOf(m.plainText()).contains(ref), GROUP_WAIT);
        assertThat(lifted.plainText()).contains("may send suggestions again", "stays marked as spam");
        spammer.send("/suggest");
        assertThat(spammer.awaitReply(WAIT).plainText()).contains("Which working group");
        moderators.memberSends(boris, "/unblock " + ref);
        assertThat(moderators
                        .awaitNewMessage(m -> String.valueOf(m.plainText()).contains(ref), GROUP_WAIT)
                        .plainText())
                .contains("No block from " + ref);

        assertThat(audited("unblock", ref)).isEqualTo(1);
        assertThat(bot.count("SELECT count(*) FROM spam_mark"))
                .as("nothing kept once lifted")
                .isZero();
        Activists.assertNoIdentityOf(telegram, MODERATORS_CHAT, spammer);
    }

    // ---- guided status changes and the public board

    @Test
    void setstatus_notifies_nobody_before_confirmation_then_exactly_the_followers_it_announced_and_edits_the_board() {
        List<FakeUser> followers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            followers.add(follower("R7"));
        }
        FakeUser bystander = follower("R8");
        BotMessage board = channel.awaitMessage(
                m -> String.valueOf(m.plainText()).contains("Barriers to civil-society participation"), GROUP_WAIT);
        telegram.await(
                () -> channel.pinnedMessageIds().contains(board.messageId()), GROUP_WAIT, "the board to be pinned");
        assertThat(board.plainText()).contains("R7", "Status: Proposed");

        moderators.memberSends(anna, "/setstatus R7");
        BotMessage choose = moderators.awaitNewMessage(
                m -> String.valueOf(m.plainText()).contains("Choose the new status"), GROUP_WAIT);
        assertThat(choose.plainText()).contains("R7", "Status now: Proposed", "followers: 3");
        assertThat(choose.buttonLabels()).contains("\u2022 Proposed", "In progress", "\u2716 Cancel");
        moderators.memberPresses(anna, choose, "In progress");
        BotMessage askNote = moderators.awaitEdit(choose, GROUP_WAIT);
        assertThat(askNote.plainText()).contains("Proposed \u2192 In progress", "public note", "reply to this message");
        moderators.memberRepliesTo(anna, askNote, "Pilot in <b>March</b> & April");
        BotMessage preview =
                moderators.awaitNewMessage(m -> String.valueOf(m.plainText()).contains("Preview"), GROUP_WAIT);
        assertThat(preview.plainText())
                .contains(
                        "nothing has been sent yet",
                        "Proposed \u2192 In progress",
                        "Pilot in <b>March</b> & April",
                        "Followers who will be notified: 3");

        FakeUser latecomer = follower("R7");
        CallbackPress changed = answered(moderators.memberPresses(anna, preview, StatusChanges.confirmData(preview)));
        assertThat(changed.showAlert()).isTrue();
        assertThat(changed.answerText()).contains("changed since the preview", "3 then, 4 now");
        BotMessage again = moderators.awaitEdit(preview, GROUP_WAIT);
        assertThat(again.plainText()).contains("Followers who will be notified: 4");
        followers.add(latecomer);
        for (FakeUser follower : followers) {
            assertThat(telegram.deliveredTextsTo(follower.chatId()))
                    .as("nothing before the confirmation")
                    .noneMatch(text -> text.contains(NOTICE));
        }

        moderators.memberPresses(boris, again, StatusChanges.confirmData(again));
        assertThat(moderators.awaitEdit(again, GROUP_WAIT).plainText())
                .contains("R7 is now In progress", "Followers to notify: 4");
        for (FakeUser follower : followers) {
            follower.awaitMessageContaining(NOTICE, WAIT);
        }
        bystander.send("/help");
        bystander.awaitReply(WAIT);
        for (FakeUser follower : followers) {
            assertThat(telegram.deliveredTextsTo(follower.chatId()))
                    .filteredOn(text -> text.contains(NOTICE))
                    .hasSize(1);
        }
        assertThat(telegram.deliveredTextsTo(bystander.chatId())).noneMatch(text -> text.contains("New status"));

        BotMessage edited = channel.awaitEdit(board, GROUP_WAIT);
        assertThat(edited.plainText()).contains("R7", "Status: In progress", "Pilot in <b>March</b> & April");
        assertThat(channel.messages())
                .as("edited in place, one message per working group")
                .hasSize(4);
        assertThat(bot.count(
                        "SELECT count(*) FROM audit_entry WHERE action = 'setstatus' AND subject = 'R7 in_progress'"))
                .isEqualTo(1);

        moderators.memberSends(anna, "/setstatus R8 accepted never sent");
        BotMessage cancelled =
                moderators.awaitNewMessage(m -> String.valueOf(m.plainText()).contains("Preview"), GROUP_WAIT);
        moderators.memberPresses(anna, cancelled, "\u2716 Cancel");
        assertThat(moderators.awaitEdit(cancelled, GROUP_WAIT).plainText()).contains("Nothing was changed");
        bystander.send("/subscriptions");
        assertThat(bystander.awaitReply(WAIT).plainText()).contains("R8", "Proposed");
        assertThat(telegram.deliveredTextsTo(bystander.chatId())).noneMatch(text -> text.contains("never sent"));
    }

    // ---- a queue that acts, and the digest

    @Test
    void a_queue_button_brings_back_a_card_whose_buttons_work_and_keep_every_copy_in_step() {
        String ref = Activists.submit(
                newActivist(), "suggest:grassroots", "Grants for unregistered groups.", Activists.ANONYMOUS, WAIT);
        BotMessage card = cardOf(ref);
        moderators.memberSends(boris, "/queue");
        BotMessage queue = moderators.awaitNewMessage(
                m -> String.valueOf(m.plainText()).contains("Waiting for a decision"), GROUP_WAIT);
        while (!queue.hasButton("queue:c:" + ref)) {
            assertThat(queue.hasButton("Next \u2192"))
                    .as("%s on a later page", ref)
                    .isTrue();
            moderators.memberPresses(boris, queue, "Next \u2192");
            queue = moderators.awaitEdit(queue, GROUP_WAIT);
        }
        assertThat(queue.button("queue:c:" + ref).orElseThrow().text()).contains(ref);

        moderators.memberPresses(boris, queue, "queue:c:" + ref);
        BotMessage shown = moderators.awaitNewMessage(
                m -> String.valueOf(m.plainText()).contains("New suggestion " + ref), GROUP_WAIT);
        assertThat(shown.messageId()).isNotEqualTo(card.messageId());
        assertThat(shown.buttonLabels()).contains("\u2705 Accept", "\u274C Decline", "\uD83D\uDEAB Spam");
        moderators.memberPresses(boris, shown, "tri:a");
        BotMessage choosing = moderators.awaitEdit(shown, GROUP_WAIT);
        moderators.memberPresses(boris, choosing, "tri:a:-");
        assertThat(moderators.awaitEdit(choosing, GROUP_WAIT).plainText()).contains("Accepted by moderator 2");
        assertThat(moderators.awaitEdit(card, GROUP_WAIT).plainText())
                .as("the first copy too")
                .contains("Accepted by moderator 2");
    }

    @Test
    void a_daily_digest_lists_the_waiting_suggestions_oldest_first() {
        BotMessage digest = moderators.awaitMessage(
                m -> String.valueOf(m.plainText()).contains("Daily digest"), Duration.ofSeconds(150));
        assertThat(digest.plainText()).contains("for a decision, oldest first", standing + " \u00B7", "waiting 0 days");
        assertThat(digest.protectContent()).isTrue();
    }

    // ---- export

    @Test
    void export_sends_protected_markdown_and_csv_of_accepted_suggestions_in_the_authors_words_and_no_identity() {
        FakeUser first = newActivist();
        String linked = Activists.submit(
                first,
                "suggest:participation",
                "Remote =HYPERLINK(\"http://x\") participation, *please* & <thanks>",
                Activists.REACHABLE,
                WAIT);
        accept(linked, "tri:a:R8");
        FakeUser second = newActivist();
        String unlinked = Activists.submit(
                second, "suggest:media", "-2+3 fact-checkers in every region", Activists.ANONYMOUS, WAIT);
        accept(unlinked, "tri:a:-");

        int before = telegram.documentsIn(MODERATORS_CHAT).size();
        moderators.memberSends(anna, "/export");
        telegram.await(() -> telegram.documentsIn(MODERATORS_CHAT).size() >= before + 2, GROUP_WAIT, "two documents");
        List<SentDocument> documents = telegram.documentsIn(MODERATORS_CHAT).subList(before, before + 2);
        SentDocument markdown = documents.get(0);
        SentDocument csv = documents.get(1);
        assertThat(markdown.fileName()).matches("accepted-suggestions-\\d{4}-\\d{2}-\\d{2}\\.md");
        assertThat(csv.fileName()).matches("accepted-suggestions-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(documents)
                .allSatisfy(document -> assertThat(document.protectContent()).isTrue());
        assertThat(markdown.caption()).contains("Accepted suggestions for the workshop's report", "all working groups");
        assertThat(markdown.text())
                .contains(
                        "## Barriers to civil-society participation",
                        "### R8: EXAMPLE: Visa facilitation",
                        linked,
                        unlinked,
                        "Remote =HYPERLINK\\(\"http://x\"\\) participation, \\*please\\* \\& \\<thanks\\>",
                        "  > \\-2+3 fact-checkers in every region",
                        "Not linked to a recommendation");
        assertThat(csv.text())
                .contains(
                        "\"Remote =HYPERLINK(\"\"http://x\"\") participation, *please* & <thanks>\"",
                        "\"'-2+3 fact-checkers in every region\"",
                        "\"" + linked + "\"",
                        "\"R8\"");
        for (SentDocument document : documents) {
            for (FakeUser author : List.of(first, second)) {
                assertThat(document.text() + document.fileName())
                        .doesNotContain(String.valueOf(author.id()), author.firstName(), author.username());
            }
        }

        boris.send("/start");
        boris.awaitReply(WAIT);
        boris.send("/export media");
        telegram.await(() -> !telegram.documentsIn(boris.chatId()).isEmpty(), WAIT, "the export in private");
        telegram.await(() -> telegram.documentsIn(boris.chatId()).size() == 2, WAIT, "both documents in private");
        assertThat(telegram.documentsIn(boris.chatId())).allSatisfy(document -> {
            assertThat(document.fileName()).contains("-media-");
            assertThat(document.text()).contains(unlinked).doesNotContain(linked);
        });
        boris.send("/export bogus");
        assertThat(boris.awaitReply(WAIT).plainText()).contains("There is no working group bogus", "media");
        assertThat(bot.count("SELECT count(*) FROM audit_entry WHERE action = 'export'"))
                .as("the two that ran")
                .isEqualTo(2);
    }

    private static void accept(String ref, String data) {
        BotMessage card = cardOf(ref);
        moderators.memberPresses(anna, card, "tri:a");
        BotMessage choosing = moderators.awaitEdit(card, GROUP_WAIT);
        moderators.memberPresses(anna, choosing, data);
        moderators.awaitEdit(choosing, GROUP_WAIT);
    }

    private static FakeUser follower(String recommendation) {
        FakeUser follower = telegram.user(nextUser++);
        follower.send("/subscribe " + recommendation);
        follower.awaitMessageContaining("You now follow " + recommendation, WAIT);
        return follower;
    }

    private static long noteId(BotMessage confirmation) {
        return confirmation.allButtons().stream()
                .map(Button::callbackData)
                .filter(data -> data.startsWith("mnote:s:"))
                .map(data -> Long.parseLong(data.substring("mnote:s:".length())))
                .findFirst()
                .orElseThrow();
    }
}
