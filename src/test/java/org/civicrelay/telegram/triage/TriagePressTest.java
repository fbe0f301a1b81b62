package org.civicrelay.telegram.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;
import org.junit.jupiter.api.Test;

/** A card's triage buttons read back exactly what they wrote; which suggestion is never in the data. */
class TriagePressTest {

    @Test
    void every_press_reads_back_as_written() {
        List<TriagePress> presses = List.of(
                new TriagePress.AskAccept(),
                new TriagePress.Accept(Optional.of(new RecommendationId("R7"))),
                new TriagePress.Accept(Optional.empty()),
                new TriagePress.AskDecline(),
                new TriagePress.Decline(Optional.of("duplicate")),
                new TriagePress.Decline(Optional.empty()),
                new TriagePress.AskMoreInfo(),
                new TriagePress.AskSpam(),
                new TriagePress.ConfirmSpam(),
                new TriagePress.Back(),
                new TriagePress.Undo());
        for (TriagePress press : presses) {
            assertThat(TriagePress.parse(press.encode())).as(press.encode()).contains(press);
            assertThat(TriagePress.button("x", press).data()).startsWith("tri:").doesNotContain("S-");
        }
        assertThat(new TriagePress.Accept(Optional.of(new RecommendationId("R7"))).encode())
                .isEqualTo("a:R7");
    }

    @Test
    void the_desks_other_buttons_read_back_as_written_and_stay_within_64_bytes() {
        assertThat(NotePress.parse(new NotePress(42).encode())).contains(new NotePress(42));
        for (QueuePress press : List.of(
                new QueuePress.Page(1),
                new QueuePress.Page(12),
                new QueuePress.Card(new org.civicrelay.suggestion.SuggestionRef("S-7KQ3X")))) {
            assertThat(QueuePress.parse(press.encode())).as(press.encode()).contains(press);
        }
        assertThat(QueuePress.button("x", new QueuePress.Page(2)).data())
                .as("the queue keeps its data")
                .isEqualTo("queue:2");
        for (String forged : new String[] {"0", "c:", "c:S-7kq3x", "c:7KQ3X", "x", "c:S-7KQ3X:1"}) {
            assertThat(QueuePress.parse(forged)).as(forged).isEmpty();
        }
        assertThat(NotePress.button("x", 42).data()).isEqualTo("mnote:s:42");
    }

    @Test
    void forged_presses_of_the_desk_are_not_read() {
        for (String forged : new String[] {"", "s", "s:", "s:0", "s:-1", "s:1:2", "x:1", "s:01"}) {
            assertThat(NotePress.parse(forged)).as(forged).isEmpty();
        }
    }

    @Test
    void forged_presses_are_not_read() {
        for (String forged : new String[] {
            "", "x", "a:", "a:R0", "a:7", "d:Duplicate", "d:../x", "s:no", "i:yes", "b:x", "a:R7:extra", ":"
        }) {
            assertThat(TriagePress.parse(forged)).as(forged).isEmpty();
        }
    }
}
