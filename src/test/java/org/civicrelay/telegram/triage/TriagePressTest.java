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
        List<TriagePress> presses = List.of(new TriagePress.AskAccept(),
                new TriagePress.Accept(Optional.of(new RecommendationId("R7"))), new TriagePress.Accept(Optional.empty()),
                new TriagePress.AskDecline(), new TriagePress.Decline(Optional.of("duplicate")),
                new TriagePress.Decline(Optional.empty()), new TriagePress.AskMoreInfo(), new TriagePress.AskSpam(),
                new TriagePress.ConfirmSpam(), new TriagePress.Back());
        for (TriagePress press : presses) {
            assertThat(TriagePress.parse(press.encode())).as(press.encode()).contains(press);
            assertThat(TriagePress.button("x", press).data()).startsWith("tri:").doesNotContain("S-");
        }
        assertThat(new TriagePress.Accept(Optional.of(new RecommendationId("R7"))).encode()).isEqualTo("a:R7");
    }

    @Test
    void forged_presses_are_not_read() {
        for (String forged : new String[] {"", "x", "a:", "a:R0", "a:7", "d:Duplicate", "d:../x", "s:no", "i:yes",
                "b:x", "a:R7:extra", ":"}) {
            assertThat(TriagePress.parse(forged)).as(forged).isEmpty();
        }
    }
}
