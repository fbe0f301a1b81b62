package org.civicrelay.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ButtonWordsTest {

    enum Choice {
        YES,
        NO
    }

    @Test
    void each_constant_is_written_as_its_word_and_read_back_and_nothing_else_is_read() {
        ButtonWords<Choice> words = ButtonWords.of(Choice.class, "y", "n");

        assertThat(words.encode(Choice.YES)).isEqualTo("y");
        assertThat(words.parse("n")).contains(Choice.NO);
        for (String forged : new String[] {"", "Y", "yes", "y:1", "NO"}) {
            assertThat(words.parse(forged)).as(forged).isEmpty();
        }
    }

    @Test
    void a_table_that_could_drift_is_refused_when_the_handler_is_loaded() {
        assertThatThrownBy(() -> ButtonWords.of(Choice.class, "y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ButtonWords.of(Choice.class, "y", "y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ButtonWords.of(Choice.class, "y", "a:b")).isInstanceOf(IllegalArgumentException.class);
    }
}
