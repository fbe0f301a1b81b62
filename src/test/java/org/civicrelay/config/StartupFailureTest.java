package org.civicrelay.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bot.apiUrl                      | BOT_API_URL (bot.api-url)
            bot.moderator-chat-id           | BOT_MODERATOR_CHAT_ID (bot.moderator-chat-id)
            bot.moderatorChatId             | BOT_MODERATOR_CHAT_ID (bot.moderator-chat-id)
            bot.moderators[1]               | BOT_MODERATORS (bot.moderators[1])
            bot.suggestion.maxLength        | BOT_SUGGESTION_MAX_LENGTH (bot.suggestion.max-length)
            catalogue.working-groups[0].id  | CATALOGUE_WORKING_GROUPS_ID (catalogue.working-groups[0].id)
            """)
    void a_setting_is_named_by_its_environment_variable_and_its_yaml_path(String path, String expected) {
        assertThat(StartupFailure.settingName(path)).isEqualTo(expected);
    }

    @Test
    void an_invalid_setting_deep_in_the_cause_chain_is_explained_in_one_line() {
        InvalidSettingException invalid = new InvalidSettingException("BOT_DATA_KEY (bot.data-key)", "must be base64");
        Throwable wrapped = new BeanCreationException(
                "identities", "Error creating bean\nwith a long story", new IllegalStateException("wrapper", invalid));

        assertThat(StartupFailure.explain(wrapped))
                .isEqualTo("Invalid setting BOT_DATA_KEY (bot.data-key): must be base64")
                .doesNotContain("\n");
        assertThat(StartupFailure.explain(new IllegalStateException("database locked")))
                .isNull();
    }

    @Test
    void settings_problems_exit_with_2_and_other_failures_with_1_each_with_one_line_first(CapturedOutput output) {
        int settingsCode = StartupFailure.report(
                new IllegalStateException(new InvalidSettingException("BOT_TOKEN (bot.token)", "is missing")));
        assertThat(settingsCode).isEqualTo(StartupFailure.EXIT_INVALID_SETTINGS).isEqualTo(2);
        assertThat(output.getAll().lines().filter(line -> line.contains("civic-relay: ")))
                .singleElement()
                .asString()
                .endsWith("civic-relay: Invalid setting BOT_TOKEN (bot.token): is missing");

        int otherCode = StartupFailure.report(
                new IllegalStateException("outer", new java.io.IOException("disk full, text of a user")));
        assertThat(otherCode).isEqualTo(StartupFailure.EXIT_OTHER_FAILURE).isEqualTo(1);
        assertThat(output.getAll())
                .contains("civic-relay: start-up failed: IOException (IllegalStateException)")
                .as("exception messages can quote secrets: only classes and the stack are logged")
                .doesNotContain("disk full, text of a user");
    }
}
