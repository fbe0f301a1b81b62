package org.civicrelay.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Binds {@code bot:} the way Spring Boot does at start-up (relaxed names, defaults, bean validation)
 * and checks the line {@link StartupFailure} would show the operator.
 */
class BotSettingsValidationTest {

    private static LocalValidatorFactoryBean validator;

    @BeforeAll
    static void startValidator() {
        validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
    }

    @AfterAll
    static void stopValidator() {
        validator.close();
    }

    @Test
    void a_token_alone_is_enough_and_the_rest_takes_the_documented_defaults() {
        BotSettings settings = bind(Map.of("bot.token", "123:abc"));

        assertThat(settings.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(settings.moderators()).isEmpty();
        assertThat(settings.sendRate()).isEqualTo(25);
        assertThat(settings.suggestion().maxLength()).isEqualTo(3000);
        assertThat(settings.suggestion().draftLifetime()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.retention().handledUpdates()).isEqualTo(Duration.ofDays(2));
        assertThat(settings.retention().suggestionText()).isEqualTo(Duration.ofDays(90));
        assertThat(settings.retention().suggestions()).isEqualTo(Duration.ofDays(365));
        assertThat(settings.defaultLocale().getLanguage()).isEqualTo("en");
        assertThat(bind(Map.of("bot.token", "t", "bot.moderators", "111,222")).moderators()).isEqualTo(List.of(111L, 222L));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bot.token                 | ' '                | Invalid setting BOT_TOKEN (bot.token): is missing: set BOT_TOKEN
            bot.api-url               | ftp://example.org  | Invalid setting BOT_API_URL (bot.api-url): must be an http or https URL
            bot.moderator-chat-id     | 12345              | Invalid setting BOT_MODERATOR_CHAT_ID (bot.moderator-chat-id): must be the negative id of a group chat
            bot.default-language      | de                 | Invalid setting BOT_DEFAULT_LANGUAGE (bot.default-language): must be en or ru
            bot.send-rate             | 0                  | Invalid setting BOT_SEND_RATE (bot.send-rate): must be a positive number
            bot.moderators            | 111,-5             | Invalid setting BOT_MODERATORS (bot.moderators[1]): must hold positive Telegram user ids
            bot.suggestion.max-length | 5000               | Invalid setting BOT_SUGGESTION_MAX_LENGTH (bot.suggestion.max-length):
            bot.send-rate             | fast               | Invalid setting BOT_SEND_RATE (bot.send-rate): the value cannot be read as a number
            bot.retention.purge-interval | soon            | Invalid setting BOT_RETENTION_PURGE_INTERVAL (bot.retention.purge-interval): the value cannot be read as a duration
            bot.retention.purge-interval | 0s              | Invalid setting BOT_RETENTION_PURGE_INTERVAL (bot.retention.purge-interval): must be a positive duration
            bot.retention.suggestion-text | -1d            | Invalid setting BOT_RETENTION_SUGGESTION_TEXT (bot.retention.suggestion-text): must be a positive duration
            bot.retention.suggestions | 30d                | Invalid setting BOT_RETENTION_SUGGESTIONS (bot.retention.suggestions): must be a positive duration no shorter than bot.retention.suggestion-text
            """)
    void an_invalid_value_is_reported_in_one_line_naming_the_environment_variable(String property, String value,
            String expectedStart) {
        Map<String, String> properties = new HashMap<>(Map.of("bot.token", "123:abc"));
        properties.put(property, value);

        Throwable failure = catchThrowable(() -> bind(properties));

        assertThat(failure).isNotNull();
        assertThat(StartupFailure.explain(failure)).startsWith(expectedStart).doesNotContain("\n");
    }

    private static BotSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("bot", Bindable.of(BotSettings.class), new ValidationBindHandler(validator));
    }
}
