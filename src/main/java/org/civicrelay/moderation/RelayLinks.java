package org.civicrelay.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
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
 * Which suggestion a message the bot sent to an author is about, so that the author's reply to it finds
 * its way back to the moderators. Only a one-way hash of (chat pseudonym, message id) is kept: unlike the
 * pseudonym itself, it does not let anyone group one person's suggestions together. Links go
 * {@code moderation.relay-retention} after the suggestion's last decision.
 */
@Service
public class RelayLinks implements Retention {

    private static final int PURGE_SLICE = 500;

    private final JdbcClient jdbc;
    private final ModerationSettings settings;
    private final Suggestions suggestions;

    RelayLinks(JdbcClient jdbc, ModerationSettings settings, Suggestions suggestions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.suggestions = suggestions;
    }

    public void remember(Pseudonym chat, int messageId, SuggestionRef ref) {
        jdbc.sql("INSERT INTO relay_message (link, ref) VALUES (?, ?) ON CONFLICT (link) DO UPDATE SET ref = excluded.ref")
                .params(link(chat, messageId), ref.value())
                .update();
    }

    /** The suggestion the bot's message {@code messageId} in this chat is about, if it is a relay message. */
    public Optional<SuggestionRef> find(Pseudonym chat, int messageId) {
        return jdbc.sql("SELECT ref FROM relay_message WHERE link = ?").param(link(chat, messageId))
                .query((rs, row) -> new SuggestionRef(rs.getString("ref"))).optional();
    }

    /** Drops the relay links of these suggestions: nothing can travel between them and their author any more. */
    public void forget(List<SuggestionRef> refs) {
        refs.forEach(ref -> jdbc.sql("DELETE FROM relay_message WHERE ref = ?").param(ref.value()).update());
    }

    @Override
    public String what() {
        return "relay links";
    }

    @Override
    public int purge(Instant now) {
        List<SuggestionRef> decided = suggestions.decidedBefore(now.minus(settings.relayRetention()));
        int deleted = 0;
        // In slices, so that a year of decided suggestions stays well under SQLite's limit on parameters.
        for (int from = 0; from < decided.size(); from += PURGE_SLICE) {
            List<String> refs = decided.subList(from, Math.min(decided.size(), from + PURGE_SLICE)).stream()
                    .map(SuggestionRef::value).toList();
            deleted += jdbc.sql("DELETE FROM relay_message WHERE ref IN (:refs)").param("refs", refs).update();
        }
        return deleted;
    }

    static String link(Pseudonym chat, int messageId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((chat.value() + "/" + messageId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
