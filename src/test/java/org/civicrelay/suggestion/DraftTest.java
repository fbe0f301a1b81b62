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
    void a_written_text_goes_to_review_and_can_be_rewritten_or_confirmed_keeping_the_working_group() {
        Draft reviewing = Draft.started().withWorkingGroup("media").withText("More local radio");

        assertThat(reviewing).isEqualTo(new Draft(DraftStep.REVIEWING, "media", "More local radio"));
        assertThat(reviewing.canWrite()).isFalse();
        assertThat(reviewing.canChooseWorkingGroup()).isFalse();
        assertThat(reviewing.rewriting()).isEqualTo(new Draft(DraftStep.WRITING, "media", null));
        assertThat(reviewing.confirmed())
                .isEqualTo(new Draft(DraftStep.CHOOSING_REACHABILITY, "media", "More local radio"));
        assertThat(reviewing.confirmed().canWrite()).isFalse();
    }
}
