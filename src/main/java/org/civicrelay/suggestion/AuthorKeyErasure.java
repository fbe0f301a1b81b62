package org.civicrelay.suggestion;

import org.civicrelay.privacy.ChatGone;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * /forget: the author keys of the person's suggestions still awaiting a decision go, anonymous ones
 * included (they are found by the person's links under the live epoch keys), and their text too if the
 * person asked for it. A chat merely gone (blocked bot) keeps them until the decision or the window, so
 * that blocking the bot is no way around a spam block.
 */
@Component
class AuthorKeyErasure {

    private final Suggestions suggestions;

    AuthorKeyErasure(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @EventListener
    void on(ChatGone gone) {
        if (gone.forgetRequested()) {
            suggestions.forgetAuthorKeys(gone.chat(), gone.eraseSuggestionText());
        }
    }
}
