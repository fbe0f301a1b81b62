package org.civicrelay.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.civicrelay.config.InvalidSettingException;
import org.civicrelay.config.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The privacy module's part of {@code bot:}: the data key ({@code BOT_DATA_KEY}, or a file holding it,
 * {@code BOT_DATA_KEY_FILE}; {@code BOT_DATA_KEY_REQUIRED} refuses to start without one of them, as the
 * Docker image does), how often the purge and the WAL scrub run, how long handled update ids are kept
 * ({@code bot.retention.*}; the suggestion periods there belong to the suggestion module), and the
 * anonymity window: how long anything on disk may link a person to an anonymous suggestion or to their
 * recent messages, and how long one epoch key makes such links ({@code bot.anonymity.*}). Public: the
 * adapter's purge of handled update ids and its /privacy text read it.
 */
@Validated
@ConfigurationProperties("bot")
public record PrivacySettings(
        String dataKey,
        Path dataKeyFile,
        @DefaultValue("false") boolean dataKeyRequired,
        @Valid @NotNull @DefaultValue RetentionPeriods retention,
        @Valid @NotNull @DefaultValue Anonymity anonymity)
        implements Settings {

    @ConstructorBinding
    public PrivacySettings {
        boolean inline = dataKey != null && !dataKey.isBlank();
        if (inline && dataKeyFile != null) {
            throw new InvalidSettingException(
                    DataKey.FILE_SETTING, "is set together with BOT_DATA_KEY; set only one of them");
        }
        if (dataKeyRequired && !inline && dataKeyFile == null) {
            throw new InvalidSettingException(DataKey.SETTING, DataKey.REQUIRED);
        }
        // Checked here rather than by an annotation: the rule joins two records, and the line names the setting.
        if (retention != null
                && anonymity != null
                && anonymity.window() != null
                && anonymity.epoch() != null
                && retention.purgeInterval() != null
                && anonymity.window().compareTo(anonymity.epoch().plus(retention.purgeInterval())) < 0) {
            throw new InvalidSettingException(
                    "BOT_ANONYMITY_WINDOW (bot.anonymity.window)",
                    "must be at least "
                            + "bot.anonymity.epoch plus bot.retention.purge-interval, so that the current epoch key is never "
                            + "destroyed while it is in use, e.g. 48h");
        }
    }

    /** The settings as before the data key file and the anonymity window existed (tests). */
    public PrivacySettings(String dataKey, RetentionPeriods retention) {
        this(dataKey, null, false, retention, new Anonymity(Duration.ofHours(48), Duration.ofHours(1)));
    }

    /**
     * How long handled update ids are kept, how often every purge runs, and how often the WAL is emptied.
     * Each purge deletes what would pass its period before the next one, so that every period is a maximum:
     * the interval is therefore short (at most an hour).
     */
    public record RetentionPeriods(
            @NotNull @DefaultValue("2d") Duration handledUpdates,
            @NotNull @DefaultValue("5m") Duration purgeInterval,
            @NotNull @DefaultValue("30s") Duration scrubInterval) {

        @ConstructorBinding
        public RetentionPeriods {}

        public RetentionPeriods(Duration handledUpdates, Duration purgeInterval) {
            this(handledUpdates, purgeInterval, Duration.ofSeconds(30));
        }

        @AssertTrue(message = "must be a positive duration, e.g. 2d")
        boolean isHandledUpdates() {
            return handledUpdates == null || isPositive(handledUpdates);
        }

        @AssertTrue(message = "must be a positive duration of at most 1h, e.g. 5m")
        boolean isPurgeInterval() {
            return purgeInterval == null
                    || isPositive(purgeInterval) && purgeInterval.compareTo(Duration.ofHours(1)) <= 0;
        }

        @AssertTrue(message = "must be a positive duration of at most 5m, e.g. 30s")
        boolean isScrubInterval() {
            return scrubInterval == null
                    || isPositive(scrubInterval) && scrubInterval.compareTo(Duration.ofMinutes(5)) <= 0;
        }
    }

    /**
     * Forward-secret links. {@code window}: nothing on disk links a person to an anonymous suggestion, or to
     * the ids of their recent messages, for longer than this. {@code epoch}: each epoch has a key of its own
     * for such links, destroyed {@code window} after the epoch began.
     */
    public record Anonymity(
            @NotNull @DefaultValue("48h") Duration window,
            @NotNull @DefaultValue("1h") Duration epoch) {

        @AssertTrue(message = "must be a positive duration of at most 30d, e.g. 48h")
        boolean isWindow() {
            return window == null || isPositive(window) && window.compareTo(Duration.ofDays(30)) <= 0;
        }

        @AssertTrue(message = "must be a positive duration of at least 1s, e.g. 1h")
        boolean isEpoch() {
            return epoch == null || epoch.compareTo(Duration.ofSeconds(1)) >= 0;
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
                + retention + ", anonymity=" + anonymity + "]";
    }
}
