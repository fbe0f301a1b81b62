package org.civicrelay.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything under {@code bot:} in bot-config.yml; the environment variables of the contract
 * ({@code BOT_TOKEN}, {@code BOT_API_URL}, ...) override it through Spring's relaxed binding.
 */
@Validated
@ConfigurationProperties("bot")
public record BotSettings(
        @NotBlank(message = "is missing: set BOT_TOKEN to the token @BotFather gave you") String token,
        @NotNull @DefaultValue("https://api.telegram.org") URI apiUrl,
        @NotNull @DefaultValue(BotSettings.DEFAULT_DB_PATH) Path dbPath,
        @NotNull @DefaultValue List<@NotNull @Positive(message = "must hold positive Telegram user ids") Long> moderators,
        Long moderatorChatId,
        @Positive(message = "must be a positive number of messages per second") @DefaultValue("25") double sendRate,
        String dataKey,
        @NotNull @DefaultValue("en") String defaultLanguage,
        @Valid @NotNull @DefaultValue Suggestion suggestion,
        @Valid @NotNull @DefaultValue Polling polling,
        @Valid @NotNull @DefaultValue Retention retention,
        @Valid @NotNull @DefaultValue Heartbeat heartbeat) {

    static final Set<String> LANGUAGES = Set.of("en", "ru");
    /** Where the database is unless BOT_DB_PATH says otherwise; the backup command looks there too. */
    static final String DEFAULT_DB_PATH = "./data/civic-relay.db";

    @AssertTrue(message = "must be an http or https URL with a host, e.g. https://api.telegram.org")
    boolean isApiUrl() {
        return apiUrl == null || (("http".equals(apiUrl.getScheme()) || "https".equals(apiUrl.getScheme()))
                && apiUrl.getHost() != null);
    }

    @AssertTrue(message = "must be the negative id of a group chat")
    boolean isModeratorChatId() {
        return moderatorChatId == null || moderatorChatId < 0;
    }

    @AssertTrue(message = "must be en or ru")
    boolean isDefaultLanguage() {
        return defaultLanguage == null || LANGUAGES.contains(defaultLanguage.toLowerCase(Locale.ROOT));
    }

    public boolean isModerator(long userId) {
        return moderators.contains(userId);
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(defaultLanguage.toLowerCase(Locale.ROOT));
    }

    /** Limits of the suggestion flow. */
    public record Suggestion(
            @Min(100) @Max(3500) @DefaultValue("3000") int maxLength,
            @NotNull @DefaultValue("24h") Duration draftLifetime) {
    }

    /** Long polling of getUpdates. */
    public record Polling(
            @Min(0) @Max(50) @DefaultValue("50") int timeoutSeconds,
            @NotNull @DefaultValue("60s") Duration maxBackOff,
            @NotNull @DefaultValue("5s") Duration shutdownGrace) {
    }

    /**
     * Signs of life for supervisors: a file whose modification time is renewed every few seconds while
     * the bot polls Telegram and its sender runs (the Docker image's HEALTHCHECK reads its age), and
     * optionally a URL pinged every {@code interval} while that holds (a dead man's switch).
     * {@code file} defaults to {@code civic-relay.heartbeat} beside the database.
     */
    public record Heartbeat(
            Path file,
            URI url,
            @NotNull @DefaultValue("5m") Duration interval) {

        @AssertTrue(message = "must be an http or https URL, e.g. https://hc-ping.com/your-check-id")
        boolean isUrl() {
            return url == null || (("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null);
        }

        @AssertTrue(message = "must be at least 10s, e.g. 5m")
        boolean isInterval() {
            return interval == null || interval.compareTo(Duration.ofSeconds(10)) >= 0;
        }

        /** The heartbeat file for a database at {@code dbPath}. */
        public Path fileFor(Path dbPath) {
            return file != null ? file : dbPath.toAbsolutePath().normalize().resolveSibling("civic-relay.heartbeat");
        }
    }

    /**
     * How long each kind of record is kept; the purge job enforces it. The suggestion periods count from
     * the moderators' final decision (a suggestion still awaiting one keeps its text): first the text is
     * erased, later the whole row goes, so that counts by state and working group stay meaningful for a while.
     */
    public record Retention(
            @NotNull @DefaultValue("2d") Duration handledUpdates,
            @NotNull @DefaultValue("1d") Duration purgeInterval,
            @NotNull @DefaultValue("90d") Duration suggestionText,
            @NotNull @DefaultValue("365d") Duration suggestions) {

        @AssertTrue(message = "must be a positive duration, e.g. 2d")
        boolean isHandledUpdates() {
            return handledUpdates == null || isPositive(handledUpdates);
        }

        @AssertTrue(message = "must be a positive duration, e.g. 1d")
        boolean isPurgeInterval() {
            return purgeInterval == null || isPositive(purgeInterval);
        }

        @AssertTrue(message = "must be a positive duration, e.g. 90d")
        boolean isSuggestionText() {
            return suggestionText == null || isPositive(suggestionText);
        }

        /** A row deleted before its text is erased would make suggestion-text meaningless: refuse the mix-up. */
        @AssertTrue(message = "must be a positive duration no shorter than bot.retention.suggestion-text, e.g. 365d")
        boolean isSuggestions() {
            return suggestions == null || (isPositive(suggestions)
                    && (suggestionText == null || suggestions.compareTo(suggestionText) >= 0));
        }

        private static boolean isPositive(Duration duration) {
            return !duration.isNegative() && !duration.isZero();
        }
    }
}
