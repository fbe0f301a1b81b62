package org.civicrelay.telegram.triage;

import java.util.Optional;
import org.civicrelay.moderation.AnswerVerdict;
import org.civicrelay.moderation.Relay;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.SuggestionSettings;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.chat.port.ModeratorDesk;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * The moderators' side as the author's side reaches it ({@link ModeratorDesk}): answers posted under the
 * card in the moderators' language, and the card of a withdrawn suggestion redrawn without its text.
 */
@Component
class AuthorAnswers implements ModeratorDesk {

    private final Relay relay;
    private final ModeratorCards cards;
    private final CardViews views;
    private final Texts texts;
    private final int maxLength;

    AuthorAnswers(Relay relay, ModeratorCards cards, CardViews views, Texts texts, SuggestionSettings settings) {
        this.relay = relay;
        this.cards = cards;
        this.views = views;
        this.texts = texts;
        this.maxLength = settings.suggestion().maxLength();
    }

    @Override
    public Optional<String> postAnswer(Interaction in, SuggestionRef ref, String answer) {
        AnswerVerdict verdict = relay.authorAnswers(ref);
        if (verdict instanceof AnswerVerdict.TooMany tooMany) {
            return Optional.of(in.t("relay.too-many", ref.value(), tooMany.perHour()));
        }
        if (!(verdict instanceof AnswerVerdict.Relay)) {
            return Optional.of(in.t("relay.closed", ref.value()));
        }
        cards.postAnswer(ref, texts.get(views.locale(), "relay.to-moderators", ref.value(), Html.escape(answer)));
        return Optional.empty();
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
