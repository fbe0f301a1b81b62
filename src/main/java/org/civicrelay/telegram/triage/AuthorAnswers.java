package org.civicrelay.telegram.triage;

import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.SuggestionSettings;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.ModeratorDesk;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * The moderators' side as the author's side reaches it ({@link ModeratorDesk}): answers posted under the
 * card in the moderators' language, and the card of a withdrawn suggestion redrawn without its text.
 */
@Component
class AuthorAnswers implements ModeratorDesk {

    private final ModeratorCards cards;
    private final CardViews views;
    private final Texts texts;
    private final int maxLength;

    AuthorAnswers(ModeratorCards cards, CardViews views, Texts texts, SuggestionSettings settings) {
        this.cards = cards;
        this.views = views;
        this.texts = texts;
        this.maxLength = settings.suggestion().maxLength();
    }

    @Override
    public void postAnswer(SuggestionRef ref, String answer) {
        cards.postAnswer(ref, texts.get(views.locale(), "relay.to-moderators", ref.value(), Html.escape(answer)));
    }

    @Override
    public void withdrawn(Suggestion suggestion) {
        cards.update(suggestion.ref(), views.withdrawn(suggestion), Keyboard.NONE);
    }

    @Override
    public int maxAnswerLength() {
        return maxLength;
    }
}
