package org.civicrelay.telegram.author;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicrelay.privacy.ChatGone;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.suggestion.SuggestionRef;
import org.junit.jupiter.api.Test;

/** Guessing receipts is limited per person and overall; /check's sessions are one person's, and short. */
class ReceiptGuardTest {

    private static final Pseudonym ALICE = new Pseudonym("alice-pseudonym-0001");
    private static final Pseudonym BOB = new Pseudonym("bob-pseudonym-000002");
    private static final long MINUTE = 60_000_000_000L;

    @Test
    void a_person_gets_ten_tries_in_fifteen_minutes_then_again_and_others_are_not_affected() {
        ReceiptGuard guard = new ReceiptGuard();
        for (int i = 0; i < ReceiptGuard.PER_PERSON; i++) {
            assertThat(guard.allow(ALICE, i)).isTrue();
        }
        assertThat(guard.allow(ALICE, 11)).isFalse();
        assertThat(guard.allow(BOB, 12)).isTrue();
        assertThat(guard.allow(ALICE, 16 * MINUTE)).as("the window has passed").isTrue();
    }

    @Test
    void many_failures_overall_stop_everyone_for_a_while_and_forget_clears_a_person() {
        ReceiptGuard guard = new ReceiptGuard();
        for (int i = 0; i < ReceiptGuard.FAILURES_OVERALL; i++) {
            guard.failed(i);
        }
        assertThat(guard.allow(BOB, 1_000)).isFalse();
        assertThat(guard.allow(BOB, 16 * MINUTE)).isTrue();

        for (int i = 0; i < ReceiptGuard.PER_PERSON; i++) {
            guard.allow(ALICE, 16 * MINUTE + i);
        }
        guard.on(new ChatGone(ALICE));
        assertThat(guard.allow(ALICE, 16 * MINUTE + 20)).isTrue();
    }

    @Test
    void a_session_token_is_its_persons_only_expires_and_an_answer_is_taken_once() {
        CheckSessions sessions = new CheckSessions();
        SuggestionRef ref = new SuggestionRef("S-7KQ3X");
        String token = sessions.open(ALICE, ref, 0);

        assertThat(CheckSessions.isToken(token)).isTrue();
        assertThat(sessions.find(token, ALICE, MINUTE)).contains(ref);
        assertThat(sessions.find(token, BOB, MINUTE))
                .as("another person's press")
                .isEmpty();
        assertThat(sessions.find(token, ALICE, 31 * MINUTE))
                .as("half an hour later")
                .isEmpty();

        sessions.expectAnswer(ALICE, ref, 0);
        assertThat(sessions.takeAnswer(BOB, 1)).isEmpty();
        assertThat(sessions.takeAnswer(ALICE, 1)).contains(ref);
        assertThat(sessions.takeAnswer(ALICE, 2)).isEmpty();
        sessions.expectAnswer(ALICE, ref, 0);
        sessions.on(new ChatGone(ALICE));
        assertThat(sessions.takeAnswer(ALICE, 3)).as("gone with /forget").isEmpty();
    }
}
