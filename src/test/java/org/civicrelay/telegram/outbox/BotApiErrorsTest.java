package org.civicrelay.telegram.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BotApiErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"ok":false,"error_code":400,"description":"Bad Request: can't parse entities: Unsupported start tag \\"secret\\" at byte offset 12"} | can't parse entities
            {"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}                                              | bot was blocked by the user
            Bad Request: message is not modified: specified new message content is the same                                                    | message is not modified
            Too Many Requests                                                                                                                  | too many requests
            """)
    void the_category_keeps_the_kind_of_error_and_drops_its_details(String response, String category) {
        assertThat(BotApiErrors.category(response)).isEqualTo(category);
    }

    @Test
    void the_category_is_short_and_never_null() {
        assertThat(BotApiErrors.category(null)).isEqualTo("no description");
        assertThat(BotApiErrors.category("Bad Request: " + "x".repeat(500))).hasSize(60);
    }

    @Test
    void only_refusals_meaning_the_wanted_state_already_holds_are_harmless() {
        assertThat(BotApiErrors.isHarmless(BotApiErrors.category(
                        "{\"description\":\"Bad Request: message is not modified: specified new message content\"}")))
                .isTrue();
        assertThat(BotApiErrors.isHarmless("query is too old and response timeout expired or query id is invalid"))
                .isTrue();
        assertThat(BotApiErrors.isHarmless("message to delete not found")).isTrue();
        assertThat(BotApiErrors.isHarmless("can't parse entities")).isFalse();
        assertThat(BotApiErrors.isHarmless("chat not found")).isFalse();
        assertThat(BotApiErrors.isHarmless("message is too long")).isFalse();
    }
}
