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
        assertThat(ReviewButton.button("Send", ReviewButton.Press.SEND_ANONYMOUSLY)
                        .data())
                .isEqualTo("review:anon");
        assertThat(ReviewButton.button("Send", ReviewButton.Press.SEND_REACHABLE)
                        .data())
                .isEqualTo("review:reach");
        assertThat(ReviewButton.Press.parse("ANON")).isEmpty();
        assertThat(ReviewButton.Press.parse("send"))
                .as("the former Send, which only asked another question")
                .isEmpty();
        assertThat(ReviewButton.Press.parse("anon:now")).isEmpty();
    }

    @Test
    void starting_anew_and_in_a_working_group_read_back() {
        for (DraftButton.Press press : new DraftButton.Press[] {
            DraftButton.Press.keep(),
            DraftButton.Press.startAnew(java.util.Optional.empty()),
            DraftButton.Press.startAnew(java.util.Optional.of("media"))
        }) {
            assertThat(DraftButton.Press.parse(press.encode())).contains(press);
        }
        assertThat(DraftButton.Press.parse("new:Media")).isEmpty();
        assertThat(NewSuggestionButton.button("Suggest", java.util.Optional.of("media"))
                        .data())
                .isEqualTo("new:media");
        assertThat(NewSuggestionButton.Press.parse("-"))
                .contains(new NewSuggestionButton.Press(java.util.Optional.empty()));
        assertThat(NewSuggestionButton.Press.parse("no such group!")).isEmpty();
        assertThat(MoreTextButton.Press.parse("add")).contains(MoreTextButton.Press.ADD);
        assertThat(MoreTextButton.Press.parse("ADD")).isEmpty();
    }
}
