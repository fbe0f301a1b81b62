package org.civicrelay.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicrelay.privacy.PrivacySettings;
import org.civicrelay.suggestion.SuggestionSettings;
import org.civicrelay.telegram.bot.TelegramSettings;
import org.civicrelay.telegram.outbox.OutboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Binds {@code bot:} the way Spring Boot does at start-up (relaxed names, defaults, bean validation), into
 * every module's record of it, and checks the line {@link StartupFailure} would show the operator: splitting
 * the settings by module changed no property, environment variable or message.
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
        Map<String, String> tokenOnly = Map.of("bot.token", "123:abc");
        BotSettings bot = bind(tokenOnly, BotSettings.class);
        TelegramSettings telegram = bind(tokenOnly, TelegramSettings.class);
        OutboxSettings outbox = bind(tokenOnly, OutboxSettings.class);
        SuggestionSettings suggestion = bind(tokenOnly, SuggestionSettings.class);
        PrivacySettings privacy = bind(tokenOnly, PrivacySettings.class);

        assertThat(telegram.token()).isEqualTo("123:abc");
        assertThat(telegram.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(telegram.polling().timeoutSeconds()).isEqualTo(50);
        assertThat(telegram.heartbeat().interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(DatabaseLocation.of(bot.dbPath())).isEqualTo(DatabaseLocation.of(Path.of("./data/civic-relay.db")));
        assertThat(bot.moderators()).isEmpty();
        assertThat(bot.defaultLocale().getLanguage()).isEqualTo("en");
        assertThat(outbox.sendRate()).isEqualTo(25);
        assertThat(outbox.moderatorChatId()).isNull();
        assertThat(suggestion.suggestion().maxLength()).isEqualTo(3000);
        assertThat(suggestion.suggestion().draftLifetime()).isEqualTo(Duration.ofHours(24));
        assertThat(suggestion.retention().suggestionText()).isEqualTo(Duration.ofDays(90));
        assertThat(suggestion.retention().suggestions()).isEqualTo(Duration.ofDays(365));
        assertThat(suggestion.retention().undecidedSuggestions()).isEqualTo(Duration.ofDays(60));
        assertThat(outbox.publicChannelId())
                .as("no progress board unless asked for")
                .isNull();
        assertThat(bind(Map.of("bot.token", "t", "bot.public-channel-id", "-1001234567890"), OutboxSettings.class)
                        .publicChannelId())
                .isEqualTo(-1001234567890L);
        assertThat(privacy.dataKey()).isNull();
        assertThat(privacy.retention().handledUpdates()).isEqualTo(Duration.ofDays(2));
        assertThat(privacy.retention().purgeInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(privacy.retention().scrubInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(privacy.dataKeyFile()).isNull();
        assertThat(privacy.dataKeyRequired()).isFalse();
        assertThat(privacy.anonymity().window()).isEqualTo(Duration.ofHours(48));
        assertThat(privacy.anonymity().epoch()).isEqualTo(Duration.ofHours(1));
        assertThat(outbox.cardDelay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(bind(Map.of("bot.token", "t", "bot.moderators", "111,222"), BotSettings.class)
                        .moderators())
                .isEqualTo(List.of(111L, 222L));
    }

    @Test
    void the_data_key_and_a_file_holding_it_are_not_both_accepted() {
        Map<String, String> both =
                Map.of("bot.token", "t", "bot.data-key", "AAAA", "bot.data-key-file", "/run/secrets/key");

        Throwable failure = catchThrowable(() -> bind(both, PrivacySettings.class));

        assertThat(StartupFailure.explain(failure))
                .isEqualTo("Invalid setting BOT_DATA_KEY_FILE (bot.data-key-file): "
                        + "is set together with BOT_DATA_KEY; set only one of them");
    }

    @Test
    void plain_http_is_accepted_only_to_this_machine() {
        for (String local : List.of(
                "http://127.0.0.1:8081",
                "http://localhost:8081",
                "http://[::1]:8081",
                "https://api.telegram.org",
                "https://bot-api.example.org:8443")) {
            assertThat(bind(Map.of("bot.token", "t", "bot.api-url", local), TelegramSettings.class)
                            .apiUrl())
                    .isEqualTo(URI.create(local));
        }
    }

    @Test
    void every_record_bound_to_bot_is_checked_here() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Set<String> boundToBot = scanner.findCandidateComponents("org.civicrelay").stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> "bot".equals(prefixOf(name)))
                .collect(Collectors.toSet());

        assertThat(boundToBot).isEqualTo(PARTS.stream().map(Class::getName).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bot.token                 | ' '                | Invalid setting BOT_TOKEN (bot.token): is missing: set BOT_TOKEN
            bot.api-url               | ftp://example.org  | Invalid setting BOT_API_URL (bot.api-url): must be an https URL
            bot.api-url               | http://203.0.113.7:8081 | Invalid setting BOT_API_URL (bot.api-url): must be an https URL with a host, e.g. https://api.telegram.org (plain http only to this machine
            bot.api-url               | http://api.telegram.org | Invalid setting BOT_API_URL (bot.api-url): must be an https URL
            bot.card-delay            | -1s                | Invalid setting BOT_CARD_DELAY (bot.card-delay): must be a duration from 0s (no delay) to 1h
            bot.card-delay            | 2h                 | Invalid setting BOT_CARD_DELAY (bot.card-delay): must be a duration from 0s
            bot.retention.purge-interval | 2h              | Invalid setting BOT_RETENTION_PURGE_INTERVAL (bot.retention.purge-interval): must be a positive duration of at most 1h
            bot.retention.scrub-interval | 0s              | Invalid setting BOT_RETENTION_SCRUB_INTERVAL (bot.retention.scrub-interval): must be a positive duration of at most 5m
            bot.anonymity.window      | 31d                | Invalid setting BOT_ANONYMITY_WINDOW (bot.anonymity.window): must be a positive duration of at most 30d
            bot.anonymity.window      | 1h                 | Invalid setting BOT_ANONYMITY_WINDOW (bot.anonymity.window): must be at least bot.anonymity.epoch plus bot.retention.purge-interval
            bot.anonymity.epoch       | 0s                 | Invalid setting BOT_ANONYMITY_EPOCH (bot.anonymity.epoch): must be a positive duration of at least 1s
            bot.data-key-required     | maybe              | Invalid setting BOT_DATA_KEY_REQUIRED (bot.data-key-required): the value cannot be read as
            bot.data-key-required     | true               | Invalid setting BOT_DATA_KEY (bot.data-key): is not set, nor BOT_DATA_KEY_FILE, and this installation requires one
            bot.moderator-chat-id     | 12345              | Invalid setting BOT_MODERATOR_CHAT_ID (bot.moderator-chat-id): must be the negative id of a group chat
            bot.default-language      | de                 | Invalid setting BOT_DEFAULT_LANGUAGE (bot.default-language): must be en, ru or uk
            bot.send-rate             | 0                  | Invalid setting BOT_SEND_RATE (bot.send-rate): must be a positive number
            bot.moderators            | 111,-5             | Invalid setting BOT_MODERATORS (bot.moderators[1]): must hold positive Telegram user ids
            bot.suggestion.max-length | 5000               | Invalid setting BOT_SUGGESTION_MAX_LENGTH (bot.suggestion.max-length):
            bot.send-rate             | fast               | Invalid setting BOT_SEND_RATE (bot.send-rate): the value cannot be read as a number
            bot.retention.purge-interval | soon            | Invalid setting BOT_RETENTION_PURGE_INTERVAL (bot.retention.purge-interval): the value cannot be read as a duration
            bot.retention.purge-interval | 0s              | Invalid setting BOT_RETENTION_PURGE_INTERVAL (bot.retention.purge-interval): must be a positive duration
            bot.retention.suggestion-text | -1d            | Invalid setting BOT_RETENTION_SUGGESTION_TEXT (bot.retention.suggestion-text): must be a positive duration
            bot.retention.suggestions | 30d                | Invalid setting BOT_RETENTION_SUGGESTIONS (bot.retention.suggestions): must be a positive duration no shorter than bot.retention.suggestion-text
            bot.retention.handled-updates | 0s             | Invalid setting BOT_RETENTION_HANDLED_UPDATES (bot.retention.handled-updates): must be a positive duration
            bot.polling.timeout-seconds | 51               | Invalid setting BOT_POLLING_TIMEOUT_SECONDS (bot.polling.timeout-seconds):
            bot.heartbeat.interval    | 5s                 | Invalid setting BOT_HEARTBEAT_INTERVAL (bot.heartbeat.interval): must be at least 10s
            bot.heartbeat.url         | ftp://example.org  | Invalid setting BOT_HEARTBEAT_URL (bot.heartbeat.url): must be an http or https URL
            bot.public-channel-id     | -4012345678        | Invalid setting BOT_PUBLIC_CHANNEL_ID (bot.public-channel-id): must be the id of a channel
            bot.retention.undecided-suggestions | 0d       | Invalid setting BOT_RETENTION_UNDECIDED_SUGGESTIONS (bot.retention.undecided-suggestions): must be a positive duration
            """)
    void an_invalid_value_is_reported_in_one_line_naming_the_environment_variable(
            String property, String value, String expectedStart) {
        Map<String, String> properties = new HashMap<>(Map.of("bot.token", "123:abc"));
        properties.put(property, value);

        Throwable failure = catchThrowable(() -> PARTS.forEach(part -> bind(properties, part)));

        assertThat(failure).isNotNull();
        assertThat(StartupFailure.explain(failure)).startsWith(expectedStart).doesNotContain("\n");
    }

    /** Every module's record of {@code bot:}, as start-up binds them (all before the database is opened). */
    private static final List<Class<?>> PARTS = List.of(
            BotSettings.class,
            TelegramSettings.class,
            OutboxSettings.class,
            SuggestionSettings.class,
            PrivacySettings.class);

    private static <T> T bind(Map<String, String> properties, Class<T> part) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("bot", Bindable.of(part), new ValidationBindHandler(validator));
    }

    private static String prefixOf(String className) {
        try {
            ConfigurationProperties properties = Class.forName(className).getAnnotation(ConfigurationProperties.class);
            return properties.prefix().isEmpty() ? properties.value() : properties.prefix();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
