package org.civicrelay.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapes_the_four_characters_telegram_html_reserves() {
        assertThat(Html.escape("<b>\"Tom & Jerry\"</b>")).isEqualTo("&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;");
        assertThat(Html.escape("&amp;"))
                .as("already escaped text is escaped again, not trusted")
                .isEqualTo("&amp;amp;");
    }

    @Test
    void leaves_everything_else_as_written_and_turns_null_into_nothing() {
        String plain = "It's \u2013 «Свобода» \uD83D\uDE4C\nnew line, tab\t, 100% {0}";

        assertThat(Html.escape(plain)).isEqualTo(plain);
        assertThat(Html.escape(null)).isEmpty();
    }
}
