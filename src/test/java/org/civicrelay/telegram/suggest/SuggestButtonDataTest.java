package org.civicrelay.telegram.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The suggestion flow's buttons read back exactly what they wrote, and nothing else. */
class SuggestButtonDataTest {

    @Test
    void a_working_group_choice_reads_back_and_odd_ids_do_not() {
        ChooseWorkingGroupButton.Press press = new ChooseWorkingGroupButton.Press("media");

        assertThat(ChooseWorkingGroupButton.Press.parse(press.encode())).contains(press);
        assertThat(ChooseWorkingGroupButton.button("Media", "media").data()).isEqualTo("suggest:media");
        for (String forged : new String[] {"", "Media", "../etc", "media:extra", "x".repeat(17), "-media"}) {
            assertThat(ChooseWorkingGroupButton.Press.parse(forged)).as(forged).isEmpty();
        }
    }

    @Test
    void review_choices_read_back_and_nothing_else_does() {
        for (ReviewButton.Press press : ReviewButton.Press.values()) {
            assertThat(ReviewButton.Press.parse(press.encode())).contains(press);
        }
        assertThat(ReviewButton.button("Send", ReviewButton.Press.SEND).data()).isEqualTo("review:send");
        assertThat(ReviewButton.Press.parse("SEND")).isEmpty();
        assertThat(ReviewButton.Press.parse("send:now")).isEmpty();
    }

    @Test
    void reachability_reads_back_yes_and_no_only() {
        assertThat(ReachabilityButton.Press.parse(new ReachabilityButton.Press(true).encode()))
                .contains(new ReachabilityButton.Press(true));
        assertThat(ReachabilityButton.Press.parse(new ReachabilityButton.Press(false).encode()))
                .contains(new ReachabilityButton.Press(false));
        assertThat(ReachabilityButton.button("Anonymous", false).data()).isEqualTo("reach:no");
        assertThat(ReachabilityButton.Press.parse("maybe")).isEmpty();
    }
}
