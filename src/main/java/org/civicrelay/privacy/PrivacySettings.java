package org.civicrelay.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.civicrelay.config.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The privacy module's part of {@code bot:}: the data key ({@code BOT_DATA_KEY}, or a file holding it,
 * {@code BOT_DATA_KEY_FILE}; {@code BOT_DATA_KEY_REQUIRED} refuses to start without one of them, as the
 * Docker image does), how often the purge runs, and how long handled update ids are kept
 * ({@code bot.retention.*}; the suggestion periods there belong to the suggestion module). Public: the
 * adapter's purge of handled update ids and its /privacy text read it.
 */
@Validated
@ConfigurationProperties("bot")
public record PrivacySettings(
        String dataKey,
        Path dataKeyFile,
        @DefaultValue("false") boolean dataKeyRequired,
        @Valid @NotNull @DefaultValue RetentionPeriods retention) implements Settings {

    @ConstructorBinding
    public PrivacySettings {
    }

    /** The settings as before the data key file existed (tests). */
    public PrivacySettings(String dataKey, RetentionPeriods retention) {
        this(dataKey, null, false, retention);
    }

    /** How long handled update ids are kept, and how often every purge runs. */
    public record RetentionPeriods(
            @NotNull @DefaultValue("2d") Duration handledUpdates,
            @NotNull @DefaultValue("1d") Duration purgeInterval) {

        @AssertTrue(message = "must be a positive duration, e.g. 2d")
        boolean isHandledUpdates() {
            return handledUpdates == null || isPositive(handledUpdates);
        }

        @AssertTrue(message = "must be a positive duration, e.g. 1d")
        boolean isPurgeInterval() {
            return purgeInterval == null || isPositive(purgeInterval);
        }
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    @Override
    public String toString() {
        // Never the key itself, should the record ever be logged.
        return "PrivacySettings[dataKey=" + (dataKey == null || dataKey.isBlank() ? "unset" : "set") + ", dataKeyFile="
                + (dataKeyFile == null ? "unset" : "set") + ", dataKeyRequired=" + dataKeyRequired + ", retention="
                + retention + "]";
    }
}
