package org.civicrelay.telegram.triage;

import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.TextHandler;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.moderation.AnswerVerdict;
import org.civicrelay.moderation.Relay;
import org.civicrelay.moderation.RelayLinks;
import org.civicrelay.privacy.Identities;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.SuggestionSettings;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An author's reply to a message from the moderators goes back to them, as new text under the
 * suggestion's card: prefixed with the reference, escaped, never forwarded (a forward would show who wrote
 * it). Checked before the suggestion flow, so that answering works even while a new suggestion is drafted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthorAnswerText implements TextHandler {

    private final RelayLinks links;
    private final Relay relay;
    private final Identities identities;
    private final ModeratorCards cards;
    private final Texts texts;
    private final int maxLength;

    AuthorAnswerText(RelayLinks links, Relay relay, Identities identities, ModeratorCards cards, Texts texts,
            SuggestionSettings settings) {
        this.links = links;
        this.relay = relay;
        this.identities = identities;
        this.cards = cards;
        this.texts = texts;
        this.maxLength = settings.suggestion().maxLength();
    }

    @Override
    public boolean handle(Interaction in) {
        if (in.isGroupChat()) {
            return false;
        }
        return in.replyToMessageId()
                .flatMap(messageId -> links.find(identities.pseudonym(in.chatId()), messageId))
                .map(ref -> {
                    answer(in, ref);
                    return true;
                })
                .orElse(false);
    }

    private void answer(Interaction in, SuggestionRef ref) {
        String text = in.text() == null ? "" : in.text().strip();
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            in.reply(in.t("suggest.empty"));
            return;
        }
        if (length > maxLength) {
            in.reply(in.t("relay.answer-too-long", length, maxLength));
            return;
        }
        AnswerVerdict verdict = relay.authorAnswers(ref);
        if (verdict instanceof AnswerVerdict.Closed || verdict instanceof AnswerVerdict.Unknown) {
            in.reply(in.t("relay.closed", ref.value()));
            return;
        }
        if (verdict instanceof AnswerVerdict.TooMany tooMany) {
            in.reply(in.t("relay.too-many", ref.value(), tooMany.perHour()));
            return;
        }
        cards.postAnswer(ref, texts.get(texts.fallback(), "relay.to-moderators", ref.value(), Html.escape(text)));
        in.reply(in.t("relay.answer-sent", ref.value()));
    }
}
