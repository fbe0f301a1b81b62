package org.civicrelay.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything under {@code moderation:} in bot-config.yml. Aliases are how moderators appear on cards and
 * in the audit trail: never their Telegram names. A moderator without an alias is "moderator N", N being
 * their position in {@code BOT_MODERATORS}.
 */
@Validated
@ConfigurationProperties("moderation")
public record ModerationSettings(
        @NotNull @DefaultValue Map<Long, String> aliases,
        @NotNull @DefaultValue("180d") Duration auditRetention,
        @NotNull @DefaultValue List<@Valid DeclineReason> declineReasons,
        @NotNull @DefaultValue("30d") Duration spamBlock,
        @NotNull @DefaultValue("30d") Duration relayRetention,
        @DefaultValue("5") int relayAnswersPerHour,
        @NotNull @DefaultValue("60s") Duration undoWindow,
        @NotNull @DefaultValue("08:00") LocalTime digestAt)
        implements Settings {

    /** A short list: each reason becomes a button on the card, and its id goes into the button's data. */
    static final int MAX_DECLINE_REASONS = 8;
    /** The author's outcome waits this long at most: a decision must not stay unannounced for long. */
    static final Duration MAX_UNDO_WINDOW = Duration.ofMinutes(10);

    @ConstructorBinding
    public ModerationSettings {
        aliases = Map.copyOf(aliases);
        aliases.forEach((id, alias) -> {
            if (alias == null || alias.isBlank() || alias.length() > 32) {
                throw new InvalidSettingException(
                        "moderation.aliases." + id, "must be a short name, 1 to 32 characters");
            }
        });
        declineReasons = declineReasons == null ? List.of() : List.copyOf(declineReasons);
        if (declineReasons.size() > MAX_DECLINE_REASONS) {
            throw new InvalidSettingException(
                    "moderation.decline-reasons", "must list at most " + MAX_DECLINE_REASONS + " reasons");
        }
        Set<String> seen = new HashSet<>();
        for (DeclineReason reason : declineReasons) {
            if (reason.id() != null && !seen.add(reason.id())) {
                throw new InvalidSettingException("moderation.decline-reasons", "duplicate reason id " + reason.id());
            }
        }
        requirePositive("moderation.spam-block", spamBlock);
        requirePositive("moderation.relay-retention", relayRetention);
        if (relayAnswersPerHour < 1 || relayAnswersPerHour > 60) {
            throw new InvalidSettingException(
                    "moderation.relay-answers-per-hour", "must be a whole number from 1 to 60");
        }
        if (undoWindow != null && (undoWindow.isNegative() || undoWindow.compareTo(MAX_UNDO_WINDOW) > 0)) {
            throw new InvalidSettingException("moderation.undo-window", "must be a duration from 0s to 10m, e.g. 60s");
        }
    }

    /** The settings as before decline reasons existed (kept for callers that only set aliases and audit). */
    public ModerationSettings(Map<Long, String> aliases, Duration auditRetention) {
        this(aliases, auditRetention, List.of(), Duration.ofDays(30), Duration.ofDays(30));
    }

    /** The settings as before the moderators' desk (issue 13): its settings at their defaults. */
    public ModerationSettings(
            Map<Long, String> aliases,
            Duration auditRetention,
            List<DeclineReason> declineReasons,
            Duration spamBlock,
            Duration relayRetention) {
        this(
                aliases,
                auditRetention,
                declineReasons,
                spamBlock,
                relayRetention,
                5,
                Duration.ofSeconds(60),
                LocalTime.of(8, 0));
    }

    private static void requirePositive(String setting, Duration duration) {
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new InvalidSettingException(setting, "must be a positive duration, e.g. 30d");
        }
    }

    /** The alias of a moderator, given the ordered moderator ids from the settings. */
    public String aliasOf(long userId, List<Long> moderators) {
        String alias = aliases.get(userId);
        if (alias != null) {
            return alias;
        }
        int position = moderators.indexOf(userId);
        return "moderator " + (position < 0 ? "?" : String.valueOf(position + 1));
    }

    public Optional<DeclineReason> declineReason(String id) {
        return declineReasons.stream().filter(reason -> reason.id().equals(id)).findFirst();
    }

    /** Why a suggestion is declined; the author reads the label in their language. */
    public record DeclineReason(
            @NotNull
            @Pattern(regexp = "[a-z][a-z0-9-]{0,15}", message = "must be 1-16 lower-case letters, digits or dashes")
            String id,

            @NotNull @Valid LocalizedText label) {}
}
