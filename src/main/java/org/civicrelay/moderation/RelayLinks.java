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
import org.springframework.stereotype.Service;

/**
 * Which suggestion a message the bot sent to an author is about, so that the author's reply to it finds
 * its way back to the moderators. Only a one-way hash of (chat pseudonym, message id) is kept: unlike the
 * pseudonym itself, it does not let anyone group one person's suggestions together. Links go
 * {@code moderation.relay-retention} after the suggestion's last decision.
 */
@Service
public class RelayLinks implements Retention {

    private final RelayMessageRepository messages;
    private final ModerationSettings settings;
    private final Suggestions suggestions;

    RelayLinks(RelayMessageRepository messages, ModerationSettings settings, Suggestions suggestions) {
        this.messages = messages;
        this.settings = settings;
        this.suggestions = suggestions;
    }

    public void remember(Pseudonym chat, int messageId, SuggestionRef ref) {
        messages.save(link(chat, messageId), ref);
    }

    /** The suggestion the bot's message {@code messageId} in this chat is about, if it is a relay message. */
    public Optional<SuggestionRef> find(Pseudonym chat, int messageId) {
        return messages.find(link(chat, messageId));
    }

    /** Drops the relay links of these suggestions: nothing can travel between them and their author any more. */
    public void forget(List<SuggestionRef> refs) {
        messages.deleteFor(refs);
    }

    @Override
    public String what() {
        return "relay links";
    }

    /** {@link Suggestions} says which suggestions were decided long enough ago: this module does not read its table. */
    @Override
    public int purge(Instant now) {
        return messages.deleteFor(suggestions.decidedBefore(now.minus(settings.relayRetention())));
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
