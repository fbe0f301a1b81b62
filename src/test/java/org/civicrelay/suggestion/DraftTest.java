package org.civicrelay.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftTest {

    @Test
    void a_new_draft_accepts_a_working_group_and_nothing_else() {
        Draft started = Draft.started();

        assertThat(started.step()).isEqualTo(DraftStep.CHOOSING_WORKING_GROUP);
        assertThat(started.workingGroup()).isNull();
        assertThat(started.text()).isNull();
        assertThat(started.canChooseWorkingGroup()).isTrue();
        assertThat(started.canWrite()).isFalse();
    }

    @Test
    void once_a_working_group_is_chosen_the_author_writes_and_cannot_choose_again() {
        Draft writing = Draft.started().withWorkingGroup("media");

        assertThat(writing).isEqualTo(new Draft(DraftStep.WRITING, "media", null));
        assertThat(writing.canWrite()).isTrue();
        assertThat(writing.canChooseWorkingGroup()).isFalse();
    }

    @Test
    void a_written_text_goes_to_review_and_can_be_rewritten_extended_or_moved_keeping_the_working_group() {
        Draft reviewing = Draft.started().withWorkingGroup("media").withText("More local radio", 41);

        assertThat(reviewing).isEqualTo(new Draft(DraftStep.REVIEWING, "media", "More local radio", 41));
        assertThat(reviewing.isReviewing()).isTrue();
        assertThat(reviewing.canWrite()).isFalse();
        assertThat(reviewing.canChooseWorkingGroup()).isFalse();
        assertThat(reviewing.rewriting())
                .as("the message is remembered, so that editing it still works")
                .isEqualTo(new Draft(DraftStep.WRITING, "media", null, 41));
        assertThat(reviewing.appended("in minority languages").text())
                .isEqualTo("More local radio\n\nin minority languages");
        assertThat(reviewing.regrouped())
                .isEqualTo(new Draft(DraftStep.CHOOSING_WORKING_GROUP, null, "More local radio", 41));
        assertThat(reviewing.regrouped().withWorkingGroup("grassroots"))
                .isEqualTo(new Draft(DraftStep.REVIEWING, "grassroots", "More local radio", 41));
    }

    @Test
    void a_text_written_before_the_working_group_goes_to_review_once_the_group_is_chosen() {
        Draft first = Draft.startedWith("Radio", 7);

        assertThat(first.isChoosingWorkingGroup()).isTrue();
        assertThat(first.withWorkingGroup("media")).isEqualTo(new Draft(DraftStep.REVIEWING, "media", "Radio", 7));
    }

    @Test
    void a_draft_stored_in_the_former_second_step_of_the_review_is_still_under_review() {
        assertThat(new Draft(DraftStep.CHOOSING_REACHABILITY, "media", "Radio").isReviewing())
                .isTrue();
    }
}
