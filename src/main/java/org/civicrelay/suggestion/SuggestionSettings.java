package org.civicrelay.suggestion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.civicrelay.config.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The suggestion module's part of {@code bot:}: the limits of the flow ({@code bot.suggestion.*}), how
 * long a decided suggestion keeps its text and its row ({@code bot.retention.suggestion-text} and
 * {@code bot.retention.suggestions}), and how old an undecided one may get ({@code
 * bot.retention.undecided-suggestions}: flagged from then on, deleted a week later); the other periods under
 * {@code bot.retention} belong to privacy.
 * Public: the adapter tells people these numbers and holds moderators' messages to the same length.
 */
@Validated
@ConfigurationProperties("bot")
public record SuggestionSettings(
        @Valid @NotNull @DefaultValue Limits suggestion,
        @Valid @NotNull @DefaultValue RetentionPeriods retention) implements Settings {

    /** Limits of the suggestion flow. */
    public record Limits(
            @Min(100) @Max(3500) @DefaultValue("3000") int maxLength,
            @NotNull @DefaultValue("24h") Duration draftLifetime) {}

    /**
     * Both periods count from the moderators' final decision (a suggestion still awaiting one keeps its
     * text): first the text is erased, later the whole row goes, so that counts by state and working group
     * stay meaningful for a while.
     */
    public record RetentionPeriods(
            @NotNull @DefaultValue("90d") Duration suggestionText,
            @NotNull @DefaultValue("365d") Duration suggestions,
            @NotNull @DefaultValue("60d") Duration undecidedSuggestions) {

        /** Undecided suggestions are flagged this long before the purge deletes them. */
        public static final Duration UNDECIDED_FLAGGED_FOR = Duration.ofDays(7);

        @ConstructorBinding
        public RetentionPeriods {}

        /** The periods as before undecided suggestions were purged (their setting at its default). */
        public RetentionPeriods(Duration suggestionText, Duration suggestions) {
            this(suggestionText, suggestions, Duration.ofDays(60));
        }

        @AssertTrue(message = "must be a positive duration of whole days, e.g. 60d")
        boolean isUndecidedSuggestions() {
            return undecidedSuggestions == null
                    || isPositive(undecidedSuggestions) && undecidedSuggestions.toDays() >= 1;
        }

        @AssertTrue(message = "must be a positive duration, e.g. 90d")
        boolean isSuggestionText() {
            return suggestionText == null || isPositive(suggestionText);
        }

        /** A row deleted before its text is erased would make suggestion-text meaningless: refuse the mix-up. */
        @AssertTrue(message = "must be a positive duration no shorter than bot.retention.suggestion-text, e.g. 365d")
        boolean isSuggestions() {
            return suggestions == null
                    || (isPositive(suggestions)
                            && (suggestionText == null || suggestions.compareTo(suggestionText) >= 0));
        }

        private static boolean isPositive(Duration duration) {
            return !duration.isNegative() && !duration.isZero();
        }
    }
}
