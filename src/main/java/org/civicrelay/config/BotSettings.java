package org.civicrelay.config;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The part of {@code bot:} that the whole bot shares: where the database is, who the moderators are, and
 * the language for everyone else. Each module binds its own part of {@code bot:} in a record of its own
 * ({@code SuggestionSettings}, {@code PrivacySettings}, the adapter's {@code TelegramSettings} and
 * {@code OutboxSettings}); the environment variables of the contract ({@code BOT_DB_PATH},
 * {@code BOT_MODERATORS}, ...) override them all through Spring's relaxed binding.
 */
@Validated
@ConfigurationProperties("bot")
public record BotSettings(
        @NotNull @DefaultValue(BotSettings.DEFAULT_DB_PATH) Path dbPath,

        @NotNull @DefaultValue
        List<@NotNull @Positive(message = "must hold positive Telegram user ids") Long> moderators,

        @NotNull @DefaultValue("en") String defaultLanguage)
        implements Settings {

    static final Set<String> LANGUAGES = Set.of("en", "ru", "uk");
    /** Where the database is unless BOT_DB_PATH says otherwise; the backup command looks there too. */
    static final String DEFAULT_DB_PATH = "./data/civic-relay.db";

    @AssertTrue(message = "must be en, ru or uk")
    boolean isDefaultLanguage() {
        return defaultLanguage == null || LANGUAGES.contains(defaultLanguage.toLowerCase(Locale.ROOT));
    }

    public boolean isModerator(long userId) {
        return moderators.contains(userId);
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(defaultLanguage.toLowerCase(Locale.ROOT));
    }
}
