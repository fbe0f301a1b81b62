package org.civicrelay.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Retention;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The bot's messages in moderators' chats that stand for a suggestion: its card, and the authors'
 * answers relayed under it. Buttons on a card and replies to any of them are about that suggestion, so no
 * button has to carry a reference. Kept like the relay links: until some time after the last decision.
 */
@Service
public class ModeratorThreads implements Retention {

    private static final int PURGE_SLICE = 500;

    private final JdbcClient jdbc;
    private final ModerationSettings settings;
    private final Suggestions suggestions;

    ModeratorThreads(JdbcClient jdbc, ModerationSettings settings, Suggestions suggestions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.suggestions = suggestions;
    }

    public void remember(Pseudonym chat, int messageId, SuggestionRef ref, boolean card) {
        jdbc.sql("""
                INSERT INTO moderator_message (chat_key, message_id, ref, card) VALUES (?, ?, ?, ?)
                ON CONFLICT (chat_key, message_id) DO UPDATE SET ref = excluded.ref, card = excluded.card""")
                .params(chat.value(), messageId, ref.value(), card ? 1 : 0)
                .update();
    }

    /** The suggestion a message in a moderators' chat stands for. */
    public Optional<SuggestionRef> find(Pseudonym chat, int messageId) {
        return jdbc.sql("SELECT ref FROM moderator_message WHERE chat_key = ? AND message_id = ?")
                .params(chat.value(), messageId)
                .query((rs, row) -> new SuggestionRef(rs.getString("ref"))).optional();
    }

    /** The suggestion's card in that chat, if it was posted there. */
    public Optional<Integer> card(Pseudonym chat, SuggestionRef ref) {
        return jdbc.sql("""
                SELECT message_id FROM moderator_message WHERE chat_key = ? AND ref = ? AND card = 1
                ORDER BY message_id LIMIT 1""")
                .params(chat.value(), ref.value())
                .query(Integer.class).optional();
    }

    @Override
    public String what() {
        return "moderators' message links";
    }

    @Override
    public int purge(Instant now) {
        List<SuggestionRef> decided = suggestions.decidedBefore(now.minus(settings.relayRetention()));
        int deleted = 0;
        // In slices, so that a year of decided suggestions stays well under SQLite's limit on parameters.
        for (int from = 0; from < decided.size(); from += PURGE_SLICE) {
            List<String> refs = decided.subList(from, Math.min(decided.size(), from + PURGE_SLICE)).stream()
                    .map(SuggestionRef::value).toList();
            deleted += jdbc.sql("DELETE FROM moderator_message WHERE ref IN (:refs)").param("refs", refs).update();
        }
        return deleted;
    }
}
