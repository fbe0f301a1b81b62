package org.civicrelay.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Retention;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.springframework.stereotype.Service;

/**
 * Which suggestion a message the bot sent to an author is about, so that the author's reply to it finds
 * its way back to the moderators. Only a keyed one-way link of (chat pseudonym, message id) is kept
 * ({@link Identities#messageLink}): unlike the pseudonym itself, it does not let anyone group one person's
 * suggestions together, and without the data key it cannot be recomputed from the pseudonyms other tables
 * hold. Links go {@code moderation.relay-retention} after the suggestion's last decision.
 */
@Service
public class RelayLinks implements Retention {

    private final RelayMessageRepository messages;
    private final ModerationSettings settings;
    private final Suggestions suggestions;
    private final Identities identities;

    RelayLinks(
            RelayMessageRepository messages,
            ModerationSettings settings,
            Suggestions suggestions,
            Identities identities) {
        this.messages = messages;
        this.settings = settings;
        this.suggestions = suggestions;
        this.identities = identities;
    }

    public void remember(Pseudonym chat, int messageId, SuggestionRef ref) {
        messages.save(identities.messageLink(chat, messageId), ref);
    }

    /** The suggestion the bot's message {@code messageId} in this chat is about, if it is a relay message. */
    public Optional<SuggestionRef> find(Pseudonym chat, int messageId) {
        return messages.find(identities.messageLink(chat, messageId));
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
}
