package org.civicrelay.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Retention;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.springframework.stereotype.Service;

/**
 * The bot's messages in moderators' chats that stand for a suggestion: its card, and the authors'
 * answers relayed under it. Buttons on a card and replies to any of them are about that suggestion, so no
 * button has to carry a reference. Kept like the relay links: until some time after the last decision,
 * which {@link Suggestions} tells (this module does not read the suggestion table).
 */
@Service
public class ModeratorThreads implements Retention {

    private final ModeratorMessageRepository messages;
    private final ModerationSettings settings;
    private final Suggestions suggestions;

    ModeratorThreads(ModeratorMessageRepository messages, ModerationSettings settings, Suggestions suggestions) {
        this.messages = messages;
        this.settings = settings;
        this.suggestions = suggestions;
    }

    public void remember(Pseudonym chat, int messageId, SuggestionRef ref, boolean card) {
        messages.save(chat, messageId, ref, card);
    }

    /**
     * The bot's request, in a moderators' chat, for the question to put to the author (after "Ask for more"):
     * a moderator's reply to it is that question.
     */
    public void rememberQuestionPrompt(Pseudonym chat, int messageId, SuggestionRef ref) {
        messages.saveQuestionPrompt(chat, messageId, ref);
    }

    /** The suggestion whose question this message in a moderators' chat asks for, if it is such a request. */
    public Optional<SuggestionRef> questionPrompt(Pseudonym chat, int messageId) {
        return messages.findQuestionPrompt(chat, messageId);
    }

    /** The suggestion a message in a moderators' chat stands for. */
    public Optional<SuggestionRef> find(Pseudonym chat, int messageId) {
        return messages.find(chat, messageId);
    }

    /** The suggestion's card in that chat, if it was posted there. */
    public Optional<Integer> card(Pseudonym chat, SuggestionRef ref) {
        return messages.card(chat, ref);
    }

    /** Every copy of the suggestion's card in that chat, oldest first. */
    public List<Integer> cards(Pseudonym chat, SuggestionRef ref) {
        return messages.cards(chat, ref);
    }

    @Override
    public String what() {
        return "moderators' message links";
    }

    @Override
    public int purge(Instant now) {
        return messages.deleteFor(suggestions.decidedBefore(now.minus(settings.relayRetention())));
    }
}
