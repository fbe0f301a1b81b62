package org.civicrelay.moderation;

import java.util.List;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person is forgotten (or their chat is gone), their suggestions lose every link to them: the
 * sealed reply address, their pseudonym, and the relay links through which moderators' messages and
 * their answers travelled. The suggestions themselves stay (moderators may still act on them) unless
 * the person also asked for their text to go.
 */
@Component
class AuthorErasure {

    private final Suggestions suggestions;
    private final RelayLinks relayLinks;

    AuthorErasure(Suggestions suggestions, RelayLinks relayLinks) {
        this.suggestions = suggestions;
        this.relayLinks = relayLinks;
    }

    @EventListener
    void on(ChatGone gone) {
        List<SuggestionRef> refs = suggestions.forgetReachableAuthor(gone.chat(), gone.eraseSuggestionText());
        relayLinks.forget(refs);
    }
}
