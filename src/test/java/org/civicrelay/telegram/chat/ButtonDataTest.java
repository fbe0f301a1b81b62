package org.civicrelay.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ButtonDataTest {

    @Test
    void an_optional_working_group_reads_back_as_written_and_nothing_else_reads() {
        assertThat(ButtonData.optionalId(ButtonData.optionalId(Optional.of("media"))))
                .contains(Optional.of("media"));
        assertThat(ButtonData.optionalId(ButtonData.optionalId(Optional.empty())))
                .contains(Optional.empty());
        for (String forged : new String[] {"", "--", "Media", "media:1", "a b"}) {
            assertThat(ButtonData.optionalId(forged)).as(forged).isEmpty();
        }
        assertThatThrownBy(() -> ButtonData.requireId(Optional.of("No Such Group")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_flag_reads_back_as_written_and_other_words_do_not() {
        assertThat(ButtonData.flag(ButtonData.flag(true, "del", "keep"), "del", "keep"))
                .contains(true);
        assertThat(ButtonData.flag(ButtonData.flag(false, "del", "keep"), "del", "keep"))
                .contains(false);
        assertThat(ButtonData.flag("DEL", "del", "keep")).isEmpty();
        assertThat(ButtonData.flag("", "del", "keep")).isEmpty();
    }
}
