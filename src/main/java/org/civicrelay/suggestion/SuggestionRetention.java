package org.civicrelay.suggestion;

import java.time.Duration;
import java.time.Instant;
import org.civicrelay.config.BotSettings;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.privacy.Retention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Suggestions give up what they hold in three steps, each counted from the moderators' final decision
 * ({@code triaged_at}; a suggestion still awaiting a decision, or awaiting the author's answer, keeps
 * everything, since moderators still need it):
 * <ol>
 * <li>after {@code moderation.relay-retention} (30 days) the way back to the author: the sealed reply
 * address, the reply key and any author key, together with the relay links that {@code RelayLinks} drops
 * at the same moment;</li>
 * <li>after {@code bot.retention.suggestion-text} (90 days) the text itself, set to NULL: with SQLite's
 * secure_delete the old text is overwritten in the file, not just unlinked;</li>
 * <li>after {@code bot.retention.suggestions} (365 days) the row, leaving only the audit trail's own,
 * shorter-lived entries; the moderators' message links go with it (ON DELETE CASCADE).</li>
 * </ol>
 * Each step is one idempotent statement, so a purge cut short is simply finished by the next one.
 */
@Component
class SuggestionRetention implements Retention {

    /** Only final decisions start the clock: asking for more information leaves the suggestion open. */

    private final JdbcClient jdbc;
    private final BotSettings settings;
    private final ModerationSettings moderation;

    SuggestionRetention(JdbcClient jdbc, BotSettings settings, ModerationSettings moderation) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.moderation = moderation;
    }

    @Override
    public String what() {
        return "decided suggestions' reply addresses, texts or rows";
    }

    @Override
    public int purge(Instant now) {
        int deleted = jdbc.sql("DELETE FROM suggestion WHERE " + SuggestionRepository.DECIDED + " AND triaged_at < ?")
                .param(cutoff(now, settings.retention().suggestions()))
                .update();
        int texts = jdbc.sql("UPDATE suggestion SET body = NULL WHERE " + SuggestionRepository.DECIDED + " AND triaged_at < ? AND body IS NOT NULL")
                .param(cutoff(now, settings.retention().suggestionText()))
                .update();
        int addresses = jdbc.sql("UPDATE suggestion SET reply_to = NULL, reply_key = NULL, author_key = NULL WHERE "
                        + SuggestionRepository.DECIDED + " AND triaged_at < ?"
                        + " AND (reply_to IS NOT NULL OR reply_key IS NOT NULL OR author_key IS NOT NULL)")
                .param(cutoff(now, moderation.relayRetention()))
                .update();
        return deleted + texts + addresses;
    }

    private static long cutoff(Instant now, Duration period) {
        return now.minus(period).getEpochSecond();
    }
}
