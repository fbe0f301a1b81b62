package org.civicrelay.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Open to a decision" has one definition, and everything that asks derives from it. */
class SuggestionStateTest {

    @Test
    void a_suggestion_is_open_while_nothing_is_decided_or_the_author_is_asked_for_more() {
        assertThat(SuggestionState.open())
                .containsExactlyInAnyOrder(SuggestionState.PENDING, SuggestionState.MORE_INFO_REQUESTED);
    }

    @Test
    void the_sql_conditions_name_exactly_the_open_states() {
        assertThat(SuggestionRepository.OPEN).isEqualTo("state IN ('MORE_INFO_REQUESTED', 'PENDING')");
        assertThat(SuggestionRepository.DECIDED)
                .isEqualTo("state NOT IN ('MORE_INFO_REQUESTED', 'PENDING') AND triaged_at IS NOT NULL");
    }

    @Test
    void only_asking_for_more_leaves_a_suggestion_open() {
        assertThat(Decision.askMoreInfo().isFinal()).isFalse();
        assertThat(Decision.accept(null).isFinal()).isTrue();
        assertThat(Decision.decline(null).isFinal()).isTrue();
        assertThat(Decision.spam().isFinal()).isTrue();
    }
}
