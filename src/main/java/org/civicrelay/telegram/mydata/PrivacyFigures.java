package org.civicrelay.telegram.mydata;

import java.time.Duration;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.privacy.PrivacySettings;
import org.civicrelay.suggestion.SuggestionSettings;
import org.civicrelay.telegram.outbox.DeletableMessages;
import org.civicrelay.telegram.outbox.OutboxSettings;
import org.springframework.stereotype.Component;

/**
 * The periods /privacy and /forget tell people, from the settings the bot actually runs with, each as the
 * longest time the thing is kept (the purge deletes what would pass its period before its next run).
 */
@Component
class PrivacyFigures {

    private final SuggestionSettings suggestions;
    private final PrivacySettings privacy;
    private final ModerationSettings moderation;
    private final OutboxSettings outbox;
    private final DeletableMessages deletableMessages;

    PrivacyFigures(
            SuggestionSettings suggestions,
            PrivacySettings privacy,
            ModerationSettings moderation,
            OutboxSettings outbox,
            DeletableMessages deletableMessages) {
        this.suggestions = suggestions;
        this.privacy = privacy;
        this.moderation = moderation;
        this.outbox = outbox;
        this.deletableMessages = deletableMessages;
    }

    long draftHours() {
        return suggestions.suggestion().draftLifetime().toHours();
    }

    long handledUpdateDays() {
        return privacy.retention().handledUpdates().toDays();
    }

    long textDays() {
        return suggestions.retention().suggestionText().toDays();
    }

    long rowDays() {
        return suggestions.retention().suggestions().toDays();
    }

    /** A suggestion nobody decides is flagged once this old, and deleted a week later. */
    long undecidedDays() {
        return suggestions
                .retention()
                .undecidedSuggestions()
                .plus(SuggestionSettings.RetentionPeriods.UNDECIDED_FLAGGED_FOR)
                .toDays();
    }

    long relayDays() {
        return moderation.relayRetention().toDays();
    }

    /** The longest an anonymous suggestion stays linked to its author: the anonymity window. */
    long windowHours() {
        return privacy.anonymity().window().toHours();
    }

    long deletableHours() {
        return deletableMessages.keptAtMost().toHours();
    }

    /** A spam block cannot outlast the key that recognises its author. */
    long spamBlockHours() {
        Duration block = moderation.spamBlock();
        Duration window = privacy.anonymity().window();
        return (block.compareTo(window) < 0 ? block : window).toHours();
    }

    /** The longest random delay of a card, in whole minutes (rounded up); 0 when there is none. */
    long cardDelayMinutes() {
        long seconds = outbox.cardDelay().toSeconds();
        return (seconds + 59) / 60;
    }
}
