package org.civicrelay.telegram.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civicrelay.privacy.SealedId;
import org.junit.jupiter.api.Test;

/** Time is passed in explicitly (nanoseconds), so nothing here waits. */
class PacingTest {

    private static final long SECOND = Pacing.SECOND;
    private static final long MILLI = SECOND / 1000;
    private static final long T0 = 1_000 * SECOND;

    private final Pacing pacing = new Pacing(25);

    @Test
    void messages_are_spaced_evenly_at_the_send_rate() {
        // A dispatcher that sends whenever it is allowed to, for one second of busy traffic.
        List<Long> sentAt = new ArrayList<>();
        long now = T0;
        while (now < T0 + SECOND) {
            OutboxRow row = send("chat " + sentAt.size(), false);
            now += pacing.globalWait(row, now);
            pacing.taken(row, now);
            sentAt.add(now);
        }

        // After an idle spell one message of slack is allowed (so that dispatch jitter does not lower
        // the rate); from then on every message is exactly 1/25 s after the one before.
        assertThat(sentAt.stream().filter(t -> t < T0 + SECOND)).hasSizeLessThanOrEqualTo(25 + 1);
        for (int i = 2; i < sentAt.size(); i++) {
            assertThat(sentAt.get(i) - sentAt.get(i - 1))
                    .as("gap before message %d", i + 1)
                    .isEqualTo(40 * MILLI);
        }
    }

    @Test
    void button_answers_do_not_count_against_the_message_rate_but_edits_do() {
        for (int i = 0; i < 3; i++) {
            pacing.taken(send("alice", false), T0);
        }

        assertThat(pacing.globalWait(row("bob", false, Outbound.answer("cb", null, false)), T0))
                .isZero();
        assertThat(pacing.globalWait(row("bob", false, Outbound.edit(7, "x", Keyboard.NONE)), T0))
                .isPositive();
        assertThat(pacing.globalWait(send("bob", false), T0)).isPositive();
    }

    @Test
    void a_private_chat_gets_at_most_one_message_a_second_new_or_edited() {
        OutboxRow toAlice = send("alice", false);
        pacing.taken(toAlice, T0);

        assertThat(pacing.chatWait(toAlice, T0 + 250 * MILLI)).isEqualTo(750 * MILLI);
        assertThat(pacing.chatWait(toAlice, T0 + SECOND)).isZero();
        assertThat(pacing.chatWait(send("bob", false), T0))
                .as("other chats are not held up")
                .isZero();
        assertThat(pacing.chatWait(row("alice", false, Outbound.edit(7, "x", Keyboard.NONE)), T0 + 250 * MILLI))
                .as("Telegram counts an edit like a message")
                .isEqualTo(750 * MILLI);
        assertThat(pacing.chatWait(row("alice", false, Outbound.answer("cb", null, false)), T0))
                .as("a button answer is not a message")
                .isZero();
    }

    @Test
    void a_group_gets_at_most_twenty_messages_in_any_minute() {
        OutboxRow toGroup = send("moderators", true);
        for (int i = 0; i < 20; i++) {
            assertThat(pacing.chatWait(toGroup, T0 + i * SECOND))
                    .as("message %d", i + 1)
                    .isZero();
            pacing.taken(toGroup, T0 + i * SECOND);
        }

        long now = T0 + 20 * SECOND;
        assertThat(pacing.chatWait(toGroup, now))
                .as("a minute and a second of margin")
                .isEqualTo(41 * SECOND);
        assertThat(pacing.chatWait(toGroup, T0 + Pacing.MINUTE))
                .as("the first is still within the margin")
                .isPositive();
        assertThat(pacing.chatWait(toGroup, T0 + Pacing.GROUP_WINDOW))
                .as("the first has left the window")
                .isZero();
        assertThat(pacing.chatWait(send("another group", true), now)).isZero();
    }

    @Test
    void bulk_and_relayed_rows_leave_five_of_a_groups_twenty_slots_to_the_moderators_work() {
        OutboxRow relayed = row("moderators", true, Lane.RELAY, Outbound.send("answer", null, true));
        OutboxRow card = row("moderators", true, Lane.MODERATION, Outbound.send("card", null, true));
        for (int i = 0; i < 15; i++) {
            assertThat(pacing.chatWait(relayed, T0 + i * SECOND))
                    .as("relayed %d", i + 1)
                    .isZero();
            pacing.taken(relayed, T0 + i * SECOND);
        }

        long now = T0 + 15 * SECOND;
        assertThat(pacing.chatWait(relayed, now))
                .as("the relayed flood stops at fifteen")
                .isEqualTo(46 * SECOND);
        assertThat(pacing.chatWait(row("moderators", true, Lane.BULK, Outbound.send("x", null, false)), now))
                .isPositive();
        for (int i = 0; i < 5; i++) {
            assertThat(pacing.chatWait(card, now + i))
                    .as("card %d still goes at once", i + 1)
                    .isZero();
            pacing.taken(card, now + i);
        }
        assertThat(pacing.chatWait(card, now + 5))
                .as("Telegram's twenty are never exceeded")
                .isPositive();
        assertThat(pacing.chatWait(relayed, T0 + Pacing.GROUP_WINDOW))
                .as("it waits until fourteen remain in the window")
                .isEqualTo(5 * SECOND);
    }

    @Test
    void a_429_stops_everything_for_retry_after_and_a_shorter_one_does_not_shorten_it() {
        assertThat(pacing.pauseRemaining(T0)).isZero();

        pacing.pause(5, T0);
        pacing.pause(1, T0 + SECOND);

        assertThat(pacing.pauseRemaining(T0)).isEqualTo(5 * SECOND + SECOND / 10);
        assertThat(pacing.pauseRemaining(T0 + 5 * SECOND)).isPositive();
        assertThat(pacing.pauseRemaining(T0 + 6 * SECOND)).isZero();
    }

    private static OutboxRow send(String chatKey, boolean group) {
        return row(chatKey, group, Outbound.send("hello", null, false));
    }

    private static OutboxRow row(String chatKey, boolean group, Outbound outbound) {
        return row(chatKey, group, Lane.REPLY, outbound);
    }

    private static OutboxRow row(String chatKey, boolean group, Lane lane, Outbound outbound) {
        return new OutboxRow(
                1,
                lane,
                new SealedId(new byte[] {1}, OutboxRepository.chatPlace(chatKey)),
                chatKey,
                group,
                outbound,
                null,
                0,
                0);
    }
}
