package org.civicrelay.telegram.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicrelay.catalogue.RecommendationId;
import org.junit.jupiter.api.Test;

/** The buttons of a guided status change read back exactly what they wrote, within Telegram's 64 bytes. */
class StatusPressTest {

    @Test
    void every_press_reads_back_as_written_and_stays_within_64_bytes() {
        List<StatusPress> presses = List.of(
                new StatusPress.Open(new RecommendationId("R123456")),
                new StatusPress.Choose(99_999_999L, "a_status_of_twenty_four_"),
                new StatusPress.NoNote(1),
                new StatusPress.Confirm(12, 0),
                new StatusPress.Confirm(12, 1_000_000),
                new StatusPress.Cancel(3));
        for (StatusPress press : presses) {
            assertThat(StatusPress.parse(press.encode())).as(press.encode()).contains(press);
            assertThat(StatusPress.button("x", press).data().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(64);
        }
    }

    @Test
    void forged_presses_are_not_read() {
        for (String forged : new String[] {
            "",
            "o:r7",
            "o:R0",
            "o:R7:1",
            "s:1",
            "s:1:Bad",
            "s:x:accepted",
            "c:1",
            "c:1:-2",
            "n:01",
            "x:",
            "z:1",
            "c:1:99999999999"
        }) {
            assertThat(StatusPress.parse(forged)).as(forged).isEmpty();
        }
    }
}
