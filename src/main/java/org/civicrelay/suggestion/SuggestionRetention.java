package org.civicrelay.suggestion;

import java.time.Instant;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.privacy.Retention;
import org.springframework.stereotype.Component;

/**
 * Suggestions give up what they hold in three steps, each counted from the moderators' final decision
 * ({@code triaged_at}; a suggestion still awaiting a decision, or awaiting the author's answer, keeps
 * everything, since moderators still need it):
 * <ol>
 * <li>after {@code moderation.relay-retention} (30 days) the way back to the author: the sealed reply
 * address, the reply key and any author key, together with the relay links that moderation's
 * {@code RelayLinks} drops at the same moment (it asks {@link Suggestions#decidedBefore});</li>
 * <li>after {@code bot.retention.suggestion-text} (90 days) the text itself, set to NULL: with SQLite's
 * secure_delete the old text is overwritten in the file, not just unlinked;</li>
 * <li>after {@code bot.retention.suggestions} (365 days) the row, leaving only the audit trail's own,
 * shorter-lived entries; the moderators' message links go with it (ON DELETE CASCADE).</li>
 * </ol>
 * Before all that, an author key (kept only while a suggestion awaits a decision, to block a spammer) goes
 * once the anonymity window has passed since the start of the day the suggestion was sent, decided or not.
 * A suggestion nobody decided goes as well: it is flagged to the moderators once it is older than
 * {@code bot.retention.undecided-suggestions} (60 days) and deleted a week after that, notes and links with
 * it (ON DELETE CASCADE); an undecided text must not be kept indefinitely either.
 * Each step is one idempotent statement, so a purge cut short is simply finished by the next one.
 */
@Component
class SuggestionRetention implements Retention {

    private final SuggestionErasureRepository suggestions;
    private final SpamBlocks spamBlocks;
    private final SuggestionSettings settings;
    private final ModerationSettings moderation;

    SuggestionRetention(
            SuggestionErasureRepository suggestions,
            SpamBlocks spamBlocks,
            SuggestionSettings settings,
            ModerationSettings moderation) {
        this.suggestions = suggestions;
        this.spamBlocks = spamBlocks;
        this.settings = settings;
        this.moderation = moderation;
    }

    @Override
    public String what() {
        return "suggestions' author keys, or decided suggestions' reply addresses, texts or rows";
    }

    @Override
    public int purge(Instant now) {
        int deleted =
                suggestions.deleteDecidedBefore(now.minus(settings.retention().suggestions()));
        int texts = suggestions.eraseTextsDecidedBefore(
                now.minus(settings.retention().suggestionText()));
        int addresses = suggestions.eraseAuthorsDecidedBefore(now.minus(moderation.relayRetention()));
        int authorKeys = suggestions.eraseAuthorKeysSentOnOrBefore(spamBlocks.lastUnlinkedDay(now));
        int undecided = suggestions.deleteUndecidedSentBefore(Suggestions.deletionCutoff(settings, now));
        return deleted + texts + addresses + authorKeys + undecided;
    }
}
